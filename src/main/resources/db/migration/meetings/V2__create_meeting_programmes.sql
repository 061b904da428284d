-- Programmes (an innovation week): many events, from several organising units, under one registration engine.
-- Each event still belongs to one municipality and one unit; the programme only groups them.
create table meeting_programme (
    id              bigint generated always as identity primary key,
    municipality_id bigint  not null references municipality (id),
    title           text    not null,
    description     text    not null default '',
    published       boolean not null default false,
    created_at      timestamptz not null default now(),
    unique (id, municipality_id)
);

alter table meeting_event add column programme_id bigint;
alter table meeting_event add foreign key (programme_id, municipality_id)
    references meeting_programme (id, municipality_id);
create index meeting_event_programme_idx on meeting_event (programme_id, starts_at) where programme_id is not null;
