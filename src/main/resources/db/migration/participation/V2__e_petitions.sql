-- E-petitions (e-förslag, issue 7): a municipality may say that a proposal with enough supports within a period
-- is qualified and goes to a named unit (ADR 0025). Optional: no row, no e-petitions.
create table participation_petition_rule (
    municipality_id bigint      primary key references municipality (id),
    threshold       int         not null check (threshold between 1 and 100000),
    period_days     int         not null check (period_days between 1 and 3650),
    unit_id         bigint,
    changed_at      timestamptz not null,
    foreign key (unit_id, municipality_id) references unit (id, municipality_id)
);

-- One petition per item, opened by its first support with the rule of that moment (a later change of the rule does
-- not move a running petition's goal or end). The row is also the lock that lets exactly one support qualify it.
create table participation_petition (
    municipality_id bigint      not null references municipality (id),
    item_kind       text        not null check (item_kind in ('CASE', 'CHALLENGE')),
    item_id         bigint      not null,
    threshold       int         not null check (threshold > 0),
    opened_at       timestamptz not null,
    closes_at       timestamptz not null,
    unit_id         bigint,
    qualified_at    timestamptz,
    primary key (municipality_id, item_kind, item_id),
    check (closes_at > opened_at),
    check (qualified_at is null or qualified_at <= closes_at)
);
