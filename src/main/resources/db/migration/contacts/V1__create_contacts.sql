-- The contact bank (kontaktbank, ADR 0016): residents who agreed to be asked, found by officials without being
-- exposed. Every row carries municipality_id; children reference (id, municipality_id) together.

-- Areas the municipality defines (districts, villages), chosen by residents as areas they care about.
create table contact_district (
    id              bigint generated always as identity primary key,
    municipality_id bigint not null references municipality (id),
    name            text   not null check (length(name) between 1 and 100),
    unique (municipality_id, name),
    unique (id, municipality_id)
);

-- Per municipality: which optional background questions of the fixed catalogue are asked, and the guide.
create table contact_bank_settings (
    municipality_id   bigint primary key references municipality (id),
    background_fields text[] not null default '{}'
        check (background_fields <@ array['AGE_BAND', 'RESIDENCE_DISTRICT', 'OCCUPATION', 'SCHOOL_PARENT']),
    guide             text   not null default '' check (length(guide) <= 20000)
);

-- The consent text and its legal basis, versioned: a new text is a new version, old ones stay as consented to.
create table contact_consent_text (
    id              bigint generated always as identity primary key,
    municipality_id bigint      not null references municipality (id),
    version         integer     not null check (version > 0),
    text            text        not null check (length(text) between 1 and 10000),
    legal_basis     text        not null check (length(legal_basis) between 1 and 2000),
    created_at      timestamptz not null default now(),
    unique (municipality_id, version),
    unique (id, municipality_id)
);

-- One entry per resident and municipality. Topics are the municipality's category ids, areas its district ids.
create table contact_member (
    id                    bigint generated always as identity primary key,
    municipality_id       bigint      not null references municipality (id),
    resident_id           bigint      not null references resident_account (id),
    pseudonym             text        not null,
    topics                bigint[]    not null default '{}',
    districts             bigint[]    not null default '{}',
    ways                  text[]      not null default '{}'
        check (ways <@ array['SURVEY', 'INTERVIEW', 'WORKSHOP', 'SERVICE_TEST', 'USER_GROUP', 'REFERENCE_PANEL']),
    frequency             text        not null check (frequency in ('MONTH', 'QUARTER', 'HALF_YEAR')),
    language              text        not null check (language in ('sv', 'en', 'fi', 'se', 'ar', 'so', 'fa', 'ti')),
    accessibility_needs   text[]      not null default '{}'
        check (accessibility_needs <@ array['STEP_FREE', 'HEARING_LOOP', 'SIGN_LANGUAGE', 'EASY_READ', 'LARGE_PRINT',
            'REMOTE']),
    age_band              text check (age_band in ('UNDER_30', 'FROM_30_TO_44', 'FROM_45_TO_64', 'FROM_65')),
    residence_district_id bigint,
    occupation            text check (occupation in ('WORKING', 'STUDYING', 'RETIRED', 'OTHER')),
    school_parent         boolean,
    consent_text_id       bigint      not null,
    consented_at          timestamptz not null,
    consent_expires_at    timestamptz not null,
    reminder_sent_at      timestamptz,
    withdrawn_at          timestamptz,
    last_contacted_at     timestamptz,
    match_year            integer,
    match_count           integer     not null default 0,
    joined_at             timestamptz not null default now(),
    unique (municipality_id, resident_id),
    unique (municipality_id, pseudonym),
    unique (id, municipality_id),
    foreign key (consent_text_id, municipality_id) references contact_consent_text (id, municipality_id),
    foreign key (residence_district_id, municipality_id) references contact_district (id, municipality_id)
        on delete set null (residence_district_id)
);
-- A search: active entries of one municipality, filtered by array containment (GIN) and equality.
create index contact_member_active_idx on contact_member (municipality_id, language, age_band)
    where withdrawn_at is null;
create index contact_member_topics_idx on contact_member using gin (topics) where withdrawn_at is null;
create index contact_member_districts_idx on contact_member using gin (districts) where withdrawn_at is null;
create index contact_member_ways_idx on contact_member using gin (ways) where withdrawn_at is null;
create index contact_member_expiry_idx on contact_member (consent_expires_at);
create index contact_member_resident_idx on contact_member (resident_id);

-- An invitation of one official, on behalf of one of their units, to a selection or a sample.
create table contact_invitation (
    id              bigint generated always as identity primary key,
    municipality_id bigint      not null,
    staff_id        bigint      not null,
    staff_name      text        not null,
    unit_id         bigint      not null,
    unit_name       text        not null,
    subject         text        not null check (length(subject) between 1 and 200),
    body            text        not null check (length(body) between 1 and 5000),
    link            text check (length(link) <= 500),
    wanted          integer     not null check (wanted between 1 and 200),
    criteria        text        not null,
    created_at      timestamptz not null default now(),
    unique (id, municipality_id),
    foreign key (unit_id, municipality_id) references unit (id, municipality_id)
);
create index contact_invitation_unit_idx on contact_invitation (municipality_id, unit_id, created_at desc);

-- Who was drawn for an invitation, in drawing order: invited at once, or a reserve invited when someone declines.
create table contact_recipient (
    id              bigint generated always as identity primary key,
    municipality_id bigint      not null,
    invitation_id   bigint      not null,
    member_id       bigint      not null,
    position        integer     not null,
    stratum         text,
    status          text        not null check (status in ('INVITED', 'ACCEPTED', 'DECLINED', 'RESERVE', 'LEFT_OUT')),
    invited_at      timestamptz,
    answered_at     timestamptz,
    unique (invitation_id, member_id),
    unique (id, municipality_id),
    foreign key (invitation_id, municipality_id) references contact_invitation (id, municipality_id) on delete cascade,
    foreign key (member_id, municipality_id) references contact_member (id, municipality_id) on delete cascade
);
create index contact_recipient_member_idx on contact_recipient (member_id);
create index contact_recipient_invitation_idx on contact_recipient (invitation_id, position);

-- Signed links in the bank's mails: only the SHA-256 hash of the token is kept.
create table contact_link (
    token_hash      text primary key,
    municipality_id bigint      not null,
    member_id       bigint      not null,
    kind            text        not null check (kind in ('WITHDRAW', 'ANSWER')),
    recipient_id    bigint,
    created_at      timestamptz not null default now(),
    foreign key (member_id, municipality_id) references contact_member (id, municipality_id) on delete cascade,
    foreign key (recipient_id, municipality_id) references contact_recipient (id, municipality_id) on delete cascade,
    check ((kind = 'ANSWER') = (recipient_id is not null))
);
create index contact_link_member_idx on contact_link (member_id);

-- Every search, invitation and reveal: who, when, criteria, how many. member_id names the resident a reveal
-- concerns (so they see their part); it is cleared when the entry is deleted.
create table contact_audit (
    id              bigint generated always as identity primary key,
    municipality_id bigint      not null references municipality (id),
    staff_id        bigint      not null,
    staff_name      text        not null,
    kind            text        not null check (kind in ('SEARCH', 'INVITATION', 'REVEAL')),
    criteria        text        not null,
    hits            integer     not null,
    member_id       bigint,
    unit_name       text,
    created_at      timestamptz not null default now()
);
create index contact_audit_municipality_idx on contact_audit (municipality_id, created_at desc);
create index contact_audit_member_idx on contact_audit (member_id) where member_id is not null;
