-- The idea sluice: routing rules, hand-overs, outcomes, escalation once per breach.

create table routing_rule (
    id              bigint generated always as identity primary key,
    municipality_id bigint not null references municipality (id),
    category_id     bigint not null,
    area            text,
    unit_id         bigint not null,
    foreign key (category_id, municipality_id) references category (id, municipality_id),
    foreign key (unit_id, municipality_id) references unit (id, municipality_id)
);
-- One rule per category and area; a rule without area is the category's default.
create unique index routing_rule_unique_idx on routing_rule (municipality_id, category_id, coalesce(lower(area), ''));

alter table cases
    add column forwarded_to            text,
    add column merged_into_id          bigint,
    add column acknowledge_escalated_at timestamptz,
    add column answer_escalated_at     timestamptz,
    add foreign key (merged_into_id, municipality_id) references cases (id, municipality_id);

alter table case_event
    add column resident_message text;

-- Open cases by unit and contact: the unit queues and "my cases".
create index cases_contact_idx on cases (municipality_id, contact_staff_id) where closed_at is null;
-- The escalation check scans open cases by deadline.
create index cases_deadline_idx on cases (answer_due) where closed_at is null;

-- Every open case is accountable: in the coach queue (RECEIVED) or with a unit.
alter table cases add constraint cases_accountable_check
    check (closed_at is not null or status = 'RECEIVED' or unit_id is not null);

-- Each notification goes out once, even when the event registry redelivers after a crash.
alter table sent_mail add column dedupe_key text unique;
