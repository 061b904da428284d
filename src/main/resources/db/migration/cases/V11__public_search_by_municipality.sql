-- Issue 10: the public search restricts its candidates to the municipality inside the index. The GIN indexes of
-- __root V9 hold every municipality's cases, so a common word ("cykel") produced every match of the whole country
-- and PostgreSQL then fetched and sorted them all to keep one municipality's. With btree_gin the municipality is
-- a key of the same GIN index: the posting lists of the word and of the municipality are intersected in the
-- index. One index per search path: words (tsvector) and typos (trigrams of the unaccented public title).
-- btree_gin is a trusted extension (no superuser needed), like pg_trgm and unaccent.
create extension if not exists btree_gin;

create index cases_public_search_municipality_idx on cases using gin (municipality_id, search_vector)
    where published and not internal and public_title is not null;
create index cases_public_title_trgm_municipality_idx on cases
    using gin (municipality_id, medskapa_unaccent(public_title) gin_trgm_ops)
    where published and not internal and public_title is not null;

-- The V9 indexes stay for now: SimilarCases (the intake's "similar cases") searches the same columns.
