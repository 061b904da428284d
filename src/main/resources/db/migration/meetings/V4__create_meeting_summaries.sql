-- What came out of an event, published on its page: a summary text and the ideas it produced, each of which
-- an organiser turns into a case in the idea sluice (cases :: intake); the case's id and reference link back.
create table meeting_summary (
    event_id        bigint  primary key,
    municipality_id bigint  not null,
    body            text    not null,
    published       boolean not null default false,
    updated_at      timestamptz not null,
    foreign key (event_id, municipality_id) references meeting_event (id, municipality_id)
);

create table meeting_idea (
    id              bigint generated always as identity primary key,
    municipality_id bigint  not null,
    event_id        bigint  not null,
    title           text    not null,
    description     text    not null,
    case_id         bigint,
    case_reference  text,
    created_at      timestamptz not null,
    foreign key (event_id, municipality_id) references meeting_event (id, municipality_id)
);
create index meeting_idea_event_idx on meeting_idea (event_id, id);
