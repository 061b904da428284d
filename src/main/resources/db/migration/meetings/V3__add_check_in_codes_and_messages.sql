-- The code in a confirmation mail's QR image, typed or scanned at the door. Random per registration, unique
-- per event; it opens nothing by itself (check-in needs a signed-in organiser of the event).
alter table meeting_registration add column check_in_code text not null
    default upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 10));
create unique index meeting_registration_check_in_code_idx on meeting_registration (event_id, check_in_code);

-- A message an organiser sent to everyone registered: what was said, by whom, to how many.
create table meeting_message (
    id              bigint generated always as identity primary key,
    municipality_id bigint  not null,
    event_id        bigint  not null,
    staff_id        bigint  not null,
    subject         text    not null,
    body            text    not null,
    recipients      integer not null,
    sent_at         timestamptz not null,
    foreign key (event_id, municipality_id) references meeting_event (id, municipality_id)
);
create index meeting_message_event_idx on meeting_message (event_id);
