-- Staff belong to one municipality (the platform operator to none); residents have one account
-- for the whole installation and sign in by a one-time link.
create table staff_account (
    id                bigint generated always as identity primary key,
    municipality_id   bigint references municipality (id),
    email             text not null,
    display_name      text not null,
    password_hash     text,
    totp_secret       text,
    totp_last_step    bigint,
    roles             text[] not null default '{}',
    active            boolean not null default true,
    failed_logins     integer not null default 0,
    locked_until      timestamptz,
    preferred_language text not null default 'sv',
    created_at        timestamptz not null default now(),
    last_login_at     timestamptz,
    unique (id, municipality_id),
    check (municipality_id is not null or 'PLATFORM_OPERATOR' = any (roles))
);
create unique index staff_account_email_idx on staff_account (lower(email));
create index staff_account_municipality_idx on staff_account (municipality_id);

create table staff_unit_membership (
    staff_id        bigint not null,
    unit_id         bigint not null,
    municipality_id bigint not null,
    primary key (staff_id, unit_id),
    foreign key (staff_id, municipality_id) references staff_account (id, municipality_id),
    foreign key (unit_id, municipality_id) references unit (id, municipality_id)
);
create index staff_unit_membership_unit_idx on staff_unit_membership (unit_id);

-- Invitations and password resets: only a hash of the token is stored.
create table staff_token (
    token_hash text primary key,
    staff_id   bigint not null references staff_account (id),
    purpose    text not null check (purpose in ('INVITATION', 'PASSWORD_RESET')),
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index staff_token_staff_idx on staff_token (staff_id);

create table resident_account (
    id                 bigint generated always as identity primary key,
    email              text,
    display_name       text,
    preferred_language text not null default 'sv',
    created_at         timestamptz not null default now(),
    deleted_at         timestamptz
);
create unique index resident_account_email_idx on resident_account (lower(email)) where deleted_at is null;

-- Spring Security's JdbcOneTimeTokenService, with room for long e-mail addresses.
create table one_time_tokens (
    token_value varchar(36)  not null primary key,
    username    varchar(320) not null,
    expires_at  timestamp    not null
);

-- Fixed-window counters for rate limits; kept in PostgreSQL so every node shares them.
create table rate_limit_counter (
    bucket       text        not null,
    window_start timestamptz not null,
    hits         integer     not null,
    primary key (bucket, window_start)
);
