-- Following the discussion of an item (issue 7): a resident gets a daily or weekly digest of what happened in
-- everything they follow in a municipality, and leaves by a one-click link in every digest (ADR 0026).
create table participation_follow (
    municipality_id bigint      not null references municipality (id),
    item_kind       text        not null check (item_kind in ('CASE', 'CHALLENGE')),
    item_id         bigint      not null,
    resident_id     bigint      not null references resident_account (id),
    frequency       text        not null check (frequency in ('DAILY', 'WEEKLY')),
    followed_at     timestamptz not null,
    -- What happened after this goes into the next digest.
    last_digest_at  timestamptz not null,
    primary key (municipality_id, item_kind, item_id, resident_id)
);
create index participation_follow_due_idx on participation_follow (frequency, last_digest_at);
create index participation_follow_resident_idx on participation_follow (resident_id, municipality_id);

-- The link of one digest: only its hash is kept (ADR 0012); it ends every follow of the resident in the municipality.
create table participation_unfollow_link (
    token_hash      text        primary key,
    municipality_id bigint      not null references municipality (id),
    resident_id     bigint      not null references resident_account (id),
    created_at      timestamptz not null
);
create index participation_unfollow_link_resident_idx on participation_unfollow_link (resident_id);
create index participation_unfollow_link_created_idx on participation_unfollow_link (created_at);
