-- A challenge's optional linked event (issue 7): only the id, the event is the meetings module's (no foreign key
-- into its table); challenges ask for it through challenges :: spi and show it while it is public.
alter table challenge add column event_id bigint;
