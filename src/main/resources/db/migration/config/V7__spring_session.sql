-- Spring Session JDBC (ADR 0014): the HTTP sessions of every node, in PostgreSQL, so a user signed in on one
-- node is signed in on all of them and sessions survive a restart. Spring Session's own PostgreSQL schema
-- (schema-postgresql.sql of spring-session-jdbc 4.1), created here by Flyway instead of Spring's initializer,
-- with one change: principal_name is text, not varchar(100), since it holds the e-mail address signed in with
-- (up to 254 characters); a longer one would make the sign-in fail.
-- No municipality_id: a session belongs to a browser, not to a municipality (a resident's session is used on
-- the pages of every municipality); the principal inside names the municipality where it matters.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        text,
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id)
        on delete cascade
);
