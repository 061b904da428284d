-- The official's search filters topics, areas and ways together (issue 8 benchmark, 1,000,000 entries in one
-- municipality): one GIN index over the three arrays intersects their posting lists in the index, where three
-- single-column indexes led the planner to use one of them and filter some 120,000 heap rows.
create index contact_member_purposes_idx on contact_member using gin (topics, districts, ways)
    where withdrawn_at is null;
