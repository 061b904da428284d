-- The staff case table (issue 14): returned and unread marks, and an index for each of its views.

-- The last unit that sent the case back to the coach queue (kept after it is routed again, so the case can say
-- it bounced), and every unit that ever did, which the routing suggestion never proposes silently again.
alter table cases add column returned_by_unit_id bigint,
    add foreign key (returned_by_unit_id, municipality_id) references unit (id, municipality_id);
create table case_unit_return (
    municipality_id bigint      not null,
    case_id         bigint      not null,
    unit_id         bigint      not null,
    returned_at     timestamptz not null,
    primary key (case_id, unit_id, returned_at),
    foreign key (case_id, municipality_id) references cases (id, municipality_id),
    foreign key (unit_id, municipality_id) references unit (id, municipality_id)
);

-- Unread resident replies (ADR 0022): the newest reply, and when the person responsible for the case (its contact,
-- or while it has none whoever handles it) last opened its page or acted on it. A reply is unread while
-- resident_replied_at > coalesce(reply_seen_at, '-infinity').
alter table cases add column resident_replied_at timestamptz,
    add column reply_seen_at timestamptz;

-- One index per view and sort, each leading with the municipality and ending in the keyset order.
create index cases_staff_open_due_idx on cases (municipality_id, answer_due, id) where closed_at is null;
create index cases_staff_open_unit_due_idx on cases (municipality_id, unit_id, answer_due, id) where closed_at is null;
create index cases_staff_open_unit_age_idx on cases (municipality_id, unit_id, submitted_at, id) where closed_at is null;
create index cases_staff_open_contact_due_idx on cases (municipality_id, contact_staff_id, answer_due, id)
    where closed_at is null;
create index cases_staff_new_idx on cases (municipality_id, submitted_at, id) where status = 'RECEIVED';
create index cases_staff_returned_idx on cases (municipality_id, submitted_at, id)
    where status = 'RECEIVED' and returned_by_unit_id is not null;
create index cases_staff_unread_idx on cases (municipality_id, answer_due, id)
    where closed_at is null and resident_replied_at > coalesce(reply_seen_at, '-infinity'::timestamptz);
create index cases_staff_all_due_idx on cases (municipality_id, answer_due, id);
create index cases_staff_category_idx on cases (municipality_id, category_id, answer_due, id);
-- Free text over the resident's own title and place (staff only), typo-tolerant and accent-blind.
create index cases_staff_title_trgm_idx on cases using gin (medskapa_unaccent(title || ' ' || coalesce(place, '')) gin_trgm_ops);
