-- Challenges (issue 7): a unit asks for solutions to a concrete problem. A solution is a case of the idea sluice
-- (submitted through the cases module's intake); this module keeps only the link and its own evaluation (ADR 0018).
create table challenge (
    id               bigserial primary key,
    municipality_id  bigint      not null references municipality (id),
    unit_id          bigint      not null,
    status           text        not null check (status in ('DRAFT', 'PUBLISHED', 'EVALUATING', 'DECIDED')),
    title            text        not null check (length(title) between 1 and 200),
    problem          text        not null check (length(problem) <= 8000),
    affected         text        not null check (length(affected) <= 4000),
    criteria         text        not null check (length(criteria) <= 4000),
    offer            text        not null check (length(offer) <= 4000),
    deadline         date        not null,
    contact_name     text        not null check (length(contact_name) <= 200),
    contact_email    text check (length(contact_email) <= 254),
    decision_summary text check (length(decision_summary) <= 4000),
    created_by_staff bigint      not null,
    created_at       timestamptz not null,
    published_at     timestamptz,
    updated_at       timestamptz,
    decided_at       timestamptz,
    version          integer     not null default 0,
    unique (id, municipality_id),
    foreign key (unit_id, municipality_id) references unit (id, municipality_id),
    foreign key (created_by_staff, municipality_id) references staff_account (id, municipality_id),
    check (status = 'DRAFT' or published_at is not null),
    check (status <> 'DECIDED' or decided_at is not null)
);
create index challenge_public_idx on challenge (municipality_id, status, deadline);

-- Every edit after publication, shown on the public page ("uppdaterad 3 mars").
create table challenge_edit (
    id              bigserial primary key,
    municipality_id bigint      not null,
    challenge_id    bigint      not null,
    staff_id        bigint      not null,
    edited_at       timestamptz not null,
    foreign key (challenge_id, municipality_id) references challenge (id, municipality_id),
    foreign key (staff_id, municipality_id) references staff_account (id, municipality_id)
);
create index challenge_edit_challenge_idx on challenge_edit (challenge_id, edited_at);

-- A solution: the case it is, and the outcome of the decision.
create table challenge_solution (
    id              bigserial primary key,
    municipality_id bigint      not null,
    challenge_id    bigint      not null,
    case_id         bigint      not null unique,
    reference       text        not null,
    title           text        not null,
    submitted_at    timestamptz not null,
    shortlisted     boolean     not null default false,
    outcome         text check (outcome in ('FORWARD', 'DECLINED')),
    outcome_reason  text check (length(outcome_reason) <= 2000),
    unique (id, municipality_id),
    foreign key (challenge_id, municipality_id) references challenge (id, municipality_id),
    foreign key (case_id, municipality_id) references cases (id, municipality_id)
);
create index challenge_solution_challenge_idx on challenge_solution (municipality_id, challenge_id, id);

-- Staff scores, one per staff member, solution and criterion (numbered from 1 in the order of the criteria).
create table challenge_score (
    municipality_id bigint      not null,
    solution_id     bigint      not null,
    staff_id        bigint      not null,
    criterion       integer     not null check (criterion between 1 and 20),
    score           integer     not null check (score between 1 and 5),
    comment         text check (length(comment) <= 2000),
    scored_at       timestamptz not null,
    primary key (solution_id, staff_id, criterion),
    foreign key (solution_id, municipality_id) references challenge_solution (id, municipality_id),
    foreign key (staff_id, municipality_id) references staff_account (id, municipality_id)
);
