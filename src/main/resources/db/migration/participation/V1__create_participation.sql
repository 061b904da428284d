-- Participation (issue 7): support and comments on cases and challenges, items named by (kind, id) so that
-- this module needs no table of the modules whose items they are (ADR 0017).

-- One support per resident per item: the primary key is the rule, and a second support is simply no row.
create table participation_support (
    municipality_id bigint      not null references municipality (id),
    item_kind       text        not null check (item_kind in ('CASE', 'CHALLENGE')),
    item_id         bigint      not null,
    resident_id     bigint      not null references resident_account (id),
    supported_at    timestamptz not null,
    primary key (municipality_id, item_kind, item_id, resident_id)
);
create index participation_support_resident_idx on participation_support (resident_id);

-- Comments of signed-in residents and staff; one level of replies (a reply's parent has no parent, checked by
-- the module); a deleted comment keeps its row (the thread stays readable) but loses its text.
create table participation_comment (
    id                 bigserial primary key,
    municipality_id    bigint      not null references municipality (id),
    item_kind          text        not null check (item_kind in ('CASE', 'CHALLENGE')),
    item_id            bigint      not null,
    parent_id          bigint,
    author_resident_id bigint references resident_account (id),
    author_staff_id    bigint,
    author_name        text        not null check (length(author_name) <= 200),
    body               text        not null check (length(body) <= 4000),
    official           boolean     not null default false,
    created_at         timestamptz not null,
    edited_at          timestamptz,
    deleted_at         timestamptz,
    unique (id, municipality_id),
    foreign key (parent_id, municipality_id) references participation_comment (id, municipality_id),
    foreign key (author_staff_id, municipality_id) references staff_account (id, municipality_id),
    check ((author_resident_id is null) <> (author_staff_id is null)),
    check (not official or author_staff_id is not null)
);
-- Keyset pages of an item's top-level comments, and the replies of a page in one query.
create index participation_comment_item_idx on participation_comment (municipality_id, item_kind, item_id, id)
    where parent_id is null;
create index participation_comment_parent_idx on participation_comment (municipality_id, parent_id, id)
    where parent_id is not null;
create index participation_comment_resident_idx on participation_comment (author_resident_id)
    where author_resident_id is not null;
