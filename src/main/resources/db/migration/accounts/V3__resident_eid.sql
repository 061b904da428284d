-- Issue 11: residents' e-ID through each municipality's own OpenID provider (docs/e-id.md, ADR 0028).
-- The provider of a municipality, set by the operator. The client secret is not here: it comes from the
-- configuration (medskapa.eid.client-secrets.<slug>). A changed row is used from the next sign-in on, no restart.
create table eid_provider (
    municipality_id bigint primary key references municipality (id),
    issuer          text    not null check (issuer ~ '^https?://'),
    client_id       text    not null,
    scopes          text    not null default 'openid profile https://id.oidc.se/scope/naturalPersonNumber',
    -- requested level of assurance, space-separated (acr_values); the answer must carry one of them
    acr_values      text,
    identity_claim  text    not null default 'https://id.oidc.se/claim/personalIdentityNumber',
    name_claim      text    not null default 'name',
    enabled         boolean not null default true,
    updated_at      timestamptz not null default now()
);

-- A resident's verified identity. The identity number itself is never stored: only its HMAC-SHA-256 under
-- the installation's key (medskapa.eid.identity-key), so "one person, one account / one signature" can be
-- checked and nothing readable is kept. One identity belongs to at most one live account.
create table resident_identity (
    resident_id             bigint primary key references resident_account (id),
    identity_hash           text   not null unique,
    level_of_assurance      text,
    verified_at             timestamptz not null,
    verified_municipality_id bigint not null references municipality (id)
);

-- Where a municipality requires e-ID (step-up); everything else keeps the e-mail link.
create table eid_requirement (
    municipality_id  bigint primary key references municipality (id),
    contact_bank     boolean not null default false,
    petition_support boolean not null default false
);
