-- Issue 11: passkeys (WebAuthn) as a second factor for staff besides TOTP (ADR 0043). The two tables are Spring
-- Security's documented schema (user-entities-schema.sql, user-credentials-schema-postgres.sql) so that its
-- JdbcPublicKeyCredentialUserEntityRepository and JdbcUserCredentialRepository read and write them unchanged.
-- One user entity per staff account: name is 'staff-<staff_account.id>', never the e-mail address, so a passkey
-- names exactly one account of exactly one municipality.
create table user_entities
(
    id           varchar(1000) not null,
    name         varchar(100)  not null unique check (name ~ '^staff-[0-9]+$'),
    display_name varchar(200),
    primary key (id)
);

create table user_credentials
(
    credential_id                varchar(1000) not null,
    user_entity_user_id          varchar(1000) not null references user_entities (id) on delete cascade,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null,
    primary key (credential_id)
);

create index user_credentials_user_entity on user_credentials (user_entity_user_id);
