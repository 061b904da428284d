-- The municipality's own face (issue 14): accent colour, start-page text, link to its own
-- site, privacy notice and the contact for the accessibility statement. One row per
-- municipality, written by its admin; no row means the platform's defaults.
create table municipality_face (
    municipality_id             bigint primary key references municipality (id),
    accent_colour               text check (accent_colour ~ '^#[0-9a-f]{6}$'),
    start_text                  text check (length(start_text) <= 2000),
    site_url                    text check (site_url ~ '^https?://'),
    privacy_notice              text check (length(privacy_notice) <= 20000),
    accessibility_contact_name  text,
    accessibility_contact_email text,
    accessibility_contact_phone text,
    start_image_alt             text,
    version                     bigint not null default 1,
    updated_at                  timestamptz not null default now()
);
