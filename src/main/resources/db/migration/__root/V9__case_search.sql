-- Open feedback: the public list, search and showcase of published cases.
--
-- Everything public is built from the coach-reviewed public_title / public_description only; the resident's
-- original title and description may hold personal data and are never indexed for the public.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (its rules file could change while the server runs), so PostgreSQL refuses it in
-- generated columns and index expressions. This wrapper is declared IMMUTABLE, which is true as long as the
-- unaccent rules are not edited; if they ever are, recompute with `update cases set public_title = public_title`
-- and REINDEX the two indexes below. The two-argument form names its dictionary, and the SQL-standard body is
-- bound when the function is created, so neither depends on the search_path of the caller.
-- A stored generated column was chosen over a trigger: it is declarative, cannot be forgotten by a new write
-- path, and keeps the vector correct for every UPDATE without code.
create function medskapa_unaccent(value text) returns text
    language sql immutable strict parallel safe
    return unaccent('unaccent'::regdictionary, value);

-- Swedish stemming with and without accents: each text is indexed twice, once as written (so that "på", "för",
-- "är" stay stop words and å/ä/ö keep their stems) and once without accents (so that "Gavle" finds "Gävle",
-- "cafe" finds "café"). Titles weigh more than descriptions.
alter table cases
    add column support_count integer not null default 0 check (support_count >= 0),
    add column search_vector tsvector generated always as (
        setweight(to_tsvector('swedish', coalesce(public_title, '')), 'A')
        || setweight(to_tsvector('swedish', medskapa_unaccent(coalesce(public_title, ''))), 'A')
        || setweight(to_tsvector('swedish', coalesce(public_description, '')), 'B')
        || setweight(to_tsvector('swedish', medskapa_unaccent(coalesce(public_description, ''))), 'B')
    ) stored;

-- The tsquery for what a resident typed. Every word matches as a prefix (Swedish compounds: "cykel" finds
-- "cykelbanor", "lek" finds "lekplats"), with and without accents, and with the unstressed e that Swedish drops
-- when an ending is added, which the Snowball stemmer does not undo: "cyklar" (stem cykl) finds "cykel" and
-- the other way round, likewise nyckel/nycklar, fågel/fåglar, öken/öknar. Words are ANDed; stop words vanish.
-- Returns NULL when nothing searchable is left.
create function medskapa_search_query(search text) returns tsquery
    language sql immutable strict parallel safe
    return (
        select string_agg(alternatives, ' & ')::tsquery
        from (
            select '(' || string_agg(distinct
                       '''' || replace(replace(variant.form, '\', '\\'), '''', '''''') || ''''
                       || case when length(variant.form) >= 3 then ':*' else '' end, ' | ') || ')' as alternatives
            from unnest(to_tsvector('swedish', search)) as word
            cross join lateral (values (word.lexeme), (medskapa_unaccent(word.lexeme))) as plain(form)
            cross join lateral (values
                (plain.form),
                (regexp_replace(plain.form, '([bcdfghjklmnpqrstvwxz])([lnr])$', '\1e\2')),
                (regexp_replace(plain.form, '([bcdfghjklmnpqrstvwxz])e([lnr])$', '\1\2'))) as variant(form)
            group by word.lexeme
        ) as words
    );

-- Indexes for the public list. All are partial on exactly what the public may see, the predicate the queries
-- repeat, so they stay small and counting the matches can be an index-only scan. Every filter leads with the
-- municipality and ends in the keyset order (newest: submitted_at desc, id desc).
create index cases_public_newest_idx on cases (municipality_id, submitted_at desc, id desc)
    where published and not internal and public_title is not null;
create index cases_public_status_idx on cases (municipality_id, status, submitted_at desc, id desc)
    where published and not internal and public_title is not null;
create index cases_public_kind_idx on cases (municipality_id, kind, submitted_at desc, id desc)
    where published and not internal and public_title is not null;
create index cases_public_category_idx on cases (municipality_id, category_id, submitted_at desc, id desc)
    where published and not internal and public_title is not null;
-- "Most supported" (support arrives with participation): support first, newest among equals.
create index cases_public_support_idx on cases (municipality_id, support_count desc, submitted_at desc, id desc)
    where published and not internal and public_title is not null;
-- The showcase "Genomfört tack vare er".
create index cases_public_implemented_idx on cases (municipality_id, submitted_at desc, id desc)
    where published and not internal and public_title is not null and status in ('IMPLEMENTED', 'PILOTED');

-- Full-text search, and trigram similarity on the public title for typos ("belysnig", "Norstrand").
create index cases_public_search_idx on cases using gin (search_vector)
    where published and not internal and public_title is not null;
create index cases_public_title_trgm_idx on cases using gin (medskapa_unaccent(public_title) gin_trgm_ops)
    where published and not internal and public_title is not null;


-- The public handling-time figures read every case (published or not) of a municipality's last twelve months.
create index cases_municipality_submitted_idx on cases (municipality_id, submitted_at);
