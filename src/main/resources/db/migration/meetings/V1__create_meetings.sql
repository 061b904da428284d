-- Events (workshops, idea cafés, lectures, breakfast meetings) with registration that never overbooks.
-- meeting_event.taken counts the places held (confirmed and open offers); the check keeps it within the
-- capacity whatever the code does, and every registration and cancellation locks the event's row first,
-- so parallel registrations are decided one after another in arrival order (ADR 0015).
create table meeting_series (
    id              bigint generated always as identity primary key,
    municipality_id bigint not null references municipality (id),
    title           text   not null,
    created_at      timestamptz not null default now(),
    unique (id, municipality_id)
);

create table meeting_event (
    id                     bigint generated always as identity primary key,
    municipality_id        bigint  not null references municipality (id),
    unit_id                bigint  not null,
    series_id              bigint,
    uid                    text    not null unique,
    kind                   text    not null check (kind in ('FUTURE_WORKSHOP', 'IDEA_CAFE', 'LECTURE', 'BREAKFAST_MEETING', 'OTHER')),
    title                  text    not null,
    description            text    not null,
    starts_at              timestamptz not null,
    ends_at                timestamptz not null,
    place                  text,
    online_link            text,
    accessibility_info     text,
    audience               text    not null check (audience in ('PUBLIC', 'STAFF_ONLY', 'INVITED_ONLY')),
    invited_emails         text[]  not null default '{}',
    capacity               integer not null check (capacity between 1 and 100000),
    taken                  integer not null default 0,
    registration_opens_at  timestamptz,
    registration_closes_at timestamptz,
    group_limit            integer not null default 1 check (group_limit between 1 and 50),
    promotion              text    not null check (promotion in ('DIRECT', 'OFFER')),
    offer_hours            integer not null default 24 check (offer_hours between 1 and 720),
    organiser_name         text    not null,
    organiser_email        text    not null,
    published              boolean not null default false,
    sequence               integer not null default 0,
    version                integer not null default 0,
    created_at             timestamptz not null default now(),
    check (ends_at > starts_at),
    check (taken between 0 and capacity),
    check (place is not null or online_link is not null),
    unique (id, municipality_id),
    foreign key (unit_id, municipality_id) references unit (id, municipality_id),
    foreign key (series_id, municipality_id) references meeting_series (id, municipality_id)
);
create index meeting_event_coming_idx on meeting_event (municipality_id, starts_at);
create index meeting_event_unit_idx on meeting_event (unit_id);
create index meeting_event_series_idx on meeting_event (series_id);

-- One registration: a person, or a group holding several places. arrival is the order in which the event's
-- lock was had: the waitlist is served by it.
create table meeting_registration (
    id               bigint generated always as identity primary key,
    municipality_id  bigint  not null,
    event_id         bigint  not null,
    arrival          bigint  not null,
    name             text    not null,
    email            text    not null,
    needs            text,
    places           integer not null check (places >= 1),
    name_listed      boolean not null default false,
    language         text    not null default 'sv' check (language in ('sv', 'en')),
    resident_id      bigint  references resident_account (id),
    status           text    not null check (status in ('CONFIRMED', 'WAITLISTED', 'OFFERED', 'CANCELLED', 'LAPSED')),
    offer_expires_at timestamptz,
    checked_in_at    timestamptz,
    reminded_at      timestamptz,
    created_at       timestamptz not null,
    cancelled_at     timestamptz,
    check ((status = 'OFFERED') = (offer_expires_at is not null)),
    unique (event_id, arrival),
    unique (id, municipality_id),
    foreign key (event_id, municipality_id) references meeting_event (id, municipality_id)
);
create index meeting_registration_resident_idx on meeting_registration (resident_id) where resident_id is not null;
create index meeting_registration_waiting_idx on meeting_registration (event_id, status, arrival);
-- One active registration per address and event.
create unique index meeting_registration_active_email_idx on meeting_registration (event_id, lower(email))
    where status in ('CONFIRMED', 'WAITLISTED', 'OFFERED');
create index meeting_registration_offer_idx on meeting_registration (offer_expires_at) where status = 'OFFERED';

-- Signed links in mails (cancel, leave the waitlist, take an offer): only the hash is kept.
create table meeting_registration_token (
    token_hash      text   primary key,
    municipality_id bigint not null,
    registration_id bigint not null,
    created_at      timestamptz not null,
    foreign key (registration_id, municipality_id) references meeting_registration (id, municipality_id)
);
create index meeting_registration_token_registration_idx on meeting_registration_token (registration_id);
