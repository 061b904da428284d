-- Issue 11: staff single sign-on through the municipality's directory (Entra ID, AD FS, Keycloak), optional per
-- municipality (docs/e-id.md, ADR 0034). Set by the municipality admin; the client secret is not here: it comes from
-- the configuration (medskapa.staff-sso.client-secrets.<slug>). A changed row is used from the next sign-in on.
create table staff_sso_provider (
    municipality_id bigint primary key references municipality (id),
    issuer          text    not null check (issuer ~ '^https?://'),
    client_id       text    not null,
    scopes          text    not null default 'openid profile email',
    -- requested acr_values, space-separated (may be empty)
    acr_values      text,
    -- acr values that count as multi-factor; amr values mfa/otp/hwk/swk/sc/fpt/face/iris/pop always do
    mfa_acr_values  text,
    email_claim     text    not null default 'email',
    groups_claim    text    not null default 'groups',
    -- a directory user without a staff account gets one (no roles unless a group gives them)
    create_accounts boolean not null default false,
    enabled         boolean not null default true,
    updated_at      timestamptz not null default now()
);

-- Directory groups that give a role. A role without a row is managed in Medskapa only; a role with rows is held
-- exactly by the members of those groups from their next sign-in on.
create table staff_sso_role_group (
    municipality_id bigint not null references staff_sso_provider (municipality_id) on delete cascade,
    role            text   not null,
    group_name      text   not null,
    primary key (municipality_id, role, group_name)
);

-- The directory's subject of a staff member, recorded at the first sign-in (matched by e-mail then): later
-- sign-ins find the account by subject, also after a change of address. Unique per municipality.
alter table staff_account add column sso_subject text;
create unique index staff_account_sso_subject_idx on staff_account (municipality_id, sso_subject);
