-- Reporting and moderation (issue 7, ADR 0031): anyone signed in reports a comment or a case (a solution is a case)
-- with a reason; after the municipality's number of reports the item is hidden pending review; the municipality's
-- idea coaches hide or restore it with a reason and may block a participant for a period. Hidden content is kept.

-- The municipality's number of reports that hides an item; no row means 3.
create table participation_moderation_setting (
    municipality_id  bigint      primary key references municipality (id),
    report_threshold int         not null check (report_threshold between 1 and 1000),
    changed_at       timestamptz not null
);

-- One row per reported item: its state and count. The row is also the lock that lets exactly one report hide it.
-- VISIBLE: reported, under the threshold; HIDDEN: hidden by reports, pending review; REMOVED: a moderator hid it;
-- RESTORED: a moderator restored it (further reports count, but hide it no more).
create table participation_moderation_item (
    id              bigserial   primary key,
    municipality_id bigint      not null references municipality (id),
    item_kind       text        not null check (item_kind in ('COMMENT', 'CASE')),
    item_id         bigint      not null,
    -- The public title of a reported case when first reported, for the queue (the comment's text is read live).
    item_title      text        check (length(item_title) <= 500),
    state           text        not null check (state in ('VISIBLE', 'HIDDEN', 'REMOVED', 'RESTORED')),
    report_count    int         not null check (report_count >= 0),
    first_reported  timestamptz not null,
    changed_at      timestamptz not null,
    unique (municipality_id, item_kind, item_id),
    unique (id, municipality_id)
);
-- The queue: items waiting for review, in keyset pages.
create index participation_moderation_item_queue_idx on participation_moderation_item (municipality_id, id)
    where state in ('VISIBLE', 'HIDDEN');

-- One report per participant per item: the unique indexes are the rule.
create table participation_report (
    id                   bigserial   primary key,
    municipality_id      bigint      not null,
    moderation_item_id   bigint      not null,
    reporter_resident_id bigint references resident_account (id),
    reporter_staff_id    bigint references staff_account (id),
    reason               text        not null check (reason in ('OFFENSIVE', 'PERSONAL_DATA', 'SPAM', 'OFF_TOPIC', 'ILLEGAL', 'OTHER')),
    details              text        check (length(details) <= 1000),
    reported_at          timestamptz not null,
    foreign key (moderation_item_id, municipality_id) references participation_moderation_item (id, municipality_id),
    check ((reporter_resident_id is null) <> (reporter_staff_id is null))
);
create unique index participation_report_resident_uq on participation_report (moderation_item_id, reporter_resident_id)
    where reporter_resident_id is not null;
create unique index participation_report_staff_uq on participation_report (moderation_item_id, reporter_staff_id)
    where reporter_staff_id is not null;
create index participation_report_resident_idx on participation_report (reporter_resident_id)
    where reporter_resident_id is not null;

-- Every step: reports hid it, a moderator hid, restored or blocked, with the reason given.
create table participation_moderation_log (
    id                 bigserial   primary key,
    municipality_id    bigint      not null,
    moderation_item_id bigint      not null,
    action             text        not null check (action in ('HIDDEN_BY_REPORTS', 'HIDDEN', 'RESTORED', 'BLOCKED')),
    actor_staff_id     bigint,
    actor_name         text        check (length(actor_name) <= 200),
    reason             text        check (length(reason) <= 1000),
    occurred_at        timestamptz not null,
    foreign key (moderation_item_id, municipality_id) references participation_moderation_item (id, municipality_id),
    foreign key (actor_staff_id, municipality_id) references staff_account (id, municipality_id)
);
create index participation_moderation_log_item_idx on participation_moderation_log (moderation_item_id, id);

-- A participant blocked from commenting and reporting in a municipality until a time.
create table participation_block (
    id              bigserial   primary key,
    municipality_id bigint      not null references municipality (id),
    resident_id     bigint references resident_account (id),
    staff_id        bigint references staff_account (id),
    blocked_until   timestamptz not null,
    reason          text        not null check (length(reason) <= 1000),
    blocked_by      bigint      not null,
    blocked_at      timestamptz not null,
    foreign key (blocked_by, municipality_id) references staff_account (id, municipality_id),
    check ((resident_id is null) <> (staff_id is null)),
    check (blocked_until > blocked_at)
);
create index participation_block_resident_idx on participation_block (municipality_id, resident_id, blocked_until)
    where resident_id is not null;
create index participation_block_staff_idx on participation_block (municipality_id, staff_id, blocked_until)
    where staff_id is not null;

-- A hidden comment keeps its text (a public record) but shows it to nobody in public.
alter table participation_comment add column hidden_at timestamptz;
