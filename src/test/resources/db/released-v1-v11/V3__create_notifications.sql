-- Every outgoing e-mail is recorded, so staff can see what a resident was told and the
-- demo works without an SMTP server.
create table sent_mail (
    id              bigint generated always as identity primary key,
    municipality_id bigint references municipality (id),
    recipient       text not null,
    subject         text not null,
    body            text not null,
    created_at      timestamptz not null default now(),
    delivered_at    timestamptz,
    delivery_error  text
);
create index sent_mail_created_idx on sent_mail (created_at desc, id desc);
