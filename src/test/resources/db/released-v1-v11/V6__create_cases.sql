-- The one entry point: every idea, proposal, complaint, praise or question is a case.

-- Per-municipality handling rules (working days, public display of staff names).
create table municipality_settings (
    municipality_id     bigint primary key references municipality (id),
    case_prefix         text    not null check (case_prefix ~ '^[A-Z]{2,5}$'),
    acknowledge_days    integer not null default 2 check (acknowledge_days between 1 and 60),
    answer_days         integer not null default 10 check (answer_days between 1 and 250),
    show_staff_names    boolean not null default true
);
insert into municipality_settings (municipality_id, case_prefix)
select id, upper(left(regexp_replace(slug, '[^a-z]', '', 'g'), 3)) from municipality;

-- Gap-free numbering per municipality and year: the row is locked by the submitting transaction, and
-- a rolled-back submission rolls the number back too.
create table case_reference_counter (
    municipality_id bigint  not null references municipality (id),
    year            integer not null,
    last_number     integer not null,
    primary key (municipality_id, year)
);

create table cases (
    id                  bigint generated always as identity primary key,
    municipality_id     bigint  not null references municipality (id),
    reference           text    not null,
    kind                text    not null check (kind in ('IDEA', 'PROPOSAL', 'COMPLAINT', 'PRAISE', 'QUESTION')),
    title               text    not null,
    description         text    not null,
    public_title        text,
    public_description  text,
    category_id         bigint,
    place               text,
    submitter_name      text,
    submitter_email     text,
    submitter_language  text    not null default 'sv',
    resident_id         bigint references resident_account (id),
    submitted_by_staff  bigint,
    internal            boolean not null default false,
    publish_permission  boolean not null default false,
    published           boolean not null default false,
    status              text    not null,
    unit_id             bigint,
    contact_staff_id    bigint,
    submitted_at        timestamptz not null,
    acknowledge_due     date    not null,
    answer_due          date    not null,
    acknowledged_at     timestamptz,
    answered_at         timestamptz,
    closed_at           timestamptz,
    hops                integer not null default 0,
    registry_number     text,
    version             integer not null default 0,
    unique (municipality_id, reference),
    unique (id, municipality_id),
    foreign key (category_id, municipality_id) references category (id, municipality_id),
    foreign key (unit_id, municipality_id) references unit (id, municipality_id),
    foreign key (contact_staff_id, municipality_id) references staff_account (id, municipality_id),
    foreign key (submitted_by_staff, municipality_id) references staff_account (id, municipality_id)
);
create index cases_queue_idx on cases (municipality_id, status, unit_id, id);
create index cases_public_idx on cases (municipality_id, published, id desc);

-- The timeline: every transition, message and note, with actor and time.
create table case_event (
    id               bigint generated always as identity primary key,
    municipality_id  bigint  not null,
    case_id          bigint  not null,
    occurred_at      timestamptz not null,
    type             text    not null,
    actor_staff_id   bigint,
    actor_resident   boolean not null default false,
    from_status      text,
    to_status        text,
    unit_id          bigint,
    public_message   text,
    internal_note    text,
    foreign key (case_id, municipality_id) references cases (id, municipality_id)
);
create index case_event_case_idx on case_event (case_id, id);

-- Private tracking links. Only hashes are stored; every mail to the resident carries a fresh token, so each
-- mail has a working link without the database ever holding one in clear.
create table case_tracking_token (
    token_hash      text    primary key,
    municipality_id bigint  not null,
    case_id         bigint  not null,
    created_at      timestamptz not null,
    foreign key (case_id, municipality_id) references cases (id, municipality_id)
);
create index case_tracking_token_case_idx on case_tracking_token (case_id);
