-- Images and documents of a challenge (issue 7), uploaded by the owning unit. The type is the one read from the
-- file's first bytes; an image carries the alt text its uploader gave. Public only while the challenge is.
create table challenge_attachment (
    id              bigserial primary key,
    municipality_id bigint      not null,
    challenge_id    bigint      not null,
    file_name       text        not null check (length(file_name) between 1 and 120),
    content_type    text        not null check (content_type in ('image/jpeg', 'image/png', 'image/gif', 'image/webp',
                                                                 'application/pdf')),
    alt_text        text check (length(alt_text) <= 300),
    size_bytes      integer     not null check (size_bytes between 1 and 10485760),
    content         bytea       not null,
    uploaded_by     bigint      not null,
    uploaded_at     timestamptz not null,
    foreign key (challenge_id, municipality_id) references challenge (id, municipality_id),
    foreign key (uploaded_by, municipality_id) references staff_account (id, municipality_id),
    check (content_type not like 'image/%' or length(btrim(alt_text)) > 0)
);
create index challenge_attachment_challenge_idx on challenge_attachment (municipality_id, challenge_id, id);
