create table accessibility_report (
    id             bigint generated always as identity primary key,
    page_address   text,
    description    text not null,
    reporter_name  text,
    reporter_email text,
    created_at     timestamptz not null default now()
);
create index accessibility_report_created_idx on accessibility_report (created_at desc, id desc);
