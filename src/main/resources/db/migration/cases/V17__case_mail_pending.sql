-- Internal moves of a case (sent to a unit, handed over, a contact person named) waiting to be mailed to the
-- resident as one mail (issue 14, UX finding 12): CaseMails sends them when the oldest is
-- medskapa.cases.move-mail-window old, or with the next news mailed at once. A row is taken out by whoever sends it.
create table case_mail_pending (
    event_id        bigint primary key references case_event (id) on delete cascade,
    municipality_id bigint not null,
    case_id         bigint not null,
    occurred_at     timestamptz not null
);
create index case_mail_pending_case_idx on case_mail_pending (municipality_id, case_id);
create index case_mail_pending_due_idx on case_mail_pending (occurred_at);
