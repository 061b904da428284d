-- Attachments sent with a case (images and PDF), kept in PostgreSQL with the case: one store to back up,
-- and the same tenant key as everything else.
create table case_attachment (
    id              bigint generated always as identity primary key,
    municipality_id bigint  not null,
    case_id         bigint  not null,
    file_name       text    not null,
    content_type    text    not null check (content_type in ('image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf')),
    size_bytes      integer not null check (size_bytes between 1 and 10485760),
    content         bytea   not null,
    created_at      timestamptz not null default now(),
    foreign key (case_id, municipality_id) references cases (id, municipality_id)
);
create index case_attachment_case_idx on case_attachment (case_id);

-- Signed-in residents who follow a published case get the same news as the submitter.
create table case_follower (
    municipality_id bigint not null,
    case_id         bigint not null,
    resident_id     bigint not null references resident_account (id),
    created_at      timestamptz not null default now(),
    primary key (case_id, resident_id),
    foreign key (case_id, municipality_id) references cases (id, municipality_id)
);
create index case_follower_resident_idx on case_follower (resident_id);
