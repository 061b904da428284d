-- An invitation links to one of the municipality's published events or challenges, or to a free address (issue 8).
-- The kind and the title are kept as they were when it was sent: the mail said so.
alter table contact_invitation
    add column link_kind  text check (link_kind in ('EVENT', 'CHALLENGE', 'ADDRESS')),
    add column link_title text check (length(link_title) <= 300);
update contact_invitation set link_kind = 'ADDRESS' where link is not null;
alter table contact_invitation add check ((link_kind is null) = (link is null));

-- Every search of the bank with its filters (one column each, so that it can be evaluated again) and how many it
-- matched; no resident in it. It serves two ends (ADR 0037):
--  * differencing: a new search whose matches differ from those of one of the official's searches of the last 30 days
--    that showed a count by 1 to 4 entries is refused (refused = true, and it counts for nothing);
--  * "matched this year": a resident's count is the number of this year's searches since they joined whose filters
--    their entry meets, counted when they look, instead of an update of every matching entry at each search.
create table contact_search (
    id                    bigint generated always as identity primary key,
    municipality_id       bigint      not null references municipality (id),
    staff_id              bigint      not null,
    topic_id              bigint,
    district_id           bigint,
    way                   text,
    language              text,
    age_band              text,
    residence_district_id bigint,
    occupation            text,
    school_parent         boolean,
    matches               integer     not null,
    shown                 boolean     not null,
    refused               boolean     not null default false,
    searched_at           timestamptz not null
);
create index contact_search_staff_idx on contact_search (municipality_id, staff_id, matches, searched_at)
    where shown and not refused;
create index contact_search_municipality_idx on contact_search (municipality_id, searched_at) where not refused;

-- "Matched this year" is counted from contact_search now.
alter table contact_member drop column match_year, drop column match_count;
