-- Personal API tokens: a staff member's own keys for the staff API, scoped to their municipality.
-- Only the SHA-256 hash of a token is stored; the token itself is shown once, when it is created.
create table staff_api_token (
    id              bigint generated always as identity primary key,
    municipality_id bigint      not null,
    staff_id        bigint      not null,
    name            text        not null check (length(name) between 1 and 100),
    token_hash      text        not null unique,
    created_at      timestamptz not null,
    expires_at      timestamptz,
    last_used_at    timestamptz,
    revoked_at      timestamptz,
    foreign key (staff_id, municipality_id) references staff_account (id, municipality_id)
);
create index staff_api_token_staff_idx on staff_api_token (staff_id, created_at desc);
