-- Tenants and their organisation. Every tenant-owned row carries municipality_id; child tables
-- reference (id, municipality_id) together so a row can never point into another municipality.
create table municipality (
    id            bigint generated always as identity primary key,
    slug          text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name          text not null,
    contact_email text,
    contact_phone text,
    address       text,
    website       text,
    created_at    timestamptz not null default now()
);

create table department (
    id              bigint generated always as identity primary key,
    municipality_id bigint not null references municipality (id),
    name            text not null,
    unique (municipality_id, name),
    unique (id, municipality_id)
);

create table unit (
    id              bigint generated always as identity primary key,
    municipality_id bigint not null,
    department_id   bigint not null,
    name            text not null,
    email           text,
    unique (municipality_id, name),
    unique (id, municipality_id),
    foreign key (department_id, municipality_id) references department (id, municipality_id)
);
create index unit_department_idx on unit (department_id);

create table category (
    id              bigint generated always as identity primary key,
    municipality_id bigint not null references municipality (id),
    name            text not null,
    description     text,
    unique (municipality_id, name),
    unique (id, municipality_id)
);
