-- The logo and the start-page image, checked (type by content, size) before they are
-- stored; served with a version in the address so browsers may keep them.
create table municipality_picture (
    municipality_id bigint not null references municipality (id),
    kind            text not null check (kind in ('LOGO', 'START_IMAGE')),
    content_type    text not null check (content_type in ('image/png', 'image/jpeg', 'image/webp')),
    content         bytea not null,
    version         bigint not null,
    primary key (municipality_id, kind)
);
