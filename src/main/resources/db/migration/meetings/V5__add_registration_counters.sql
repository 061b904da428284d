-- Issue 9's burst: a registration's decision in one statement on the event's row (ADR 0041).
-- arrivals: the last arrival number handed out (the next registration takes arrivals + 1, under the row lock);
-- waitlisted: how many registrations wait, kept by the trigger below on every change of a registration's
-- status, so the decision and the waitlist position need no count over the registrations.
alter table meeting_event add column arrivals bigint not null default 0;
alter table meeting_event add column waitlisted integer not null default 0 check (waitlisted >= 0);

update meeting_event e set
    arrivals   = coalesce((select max(r.arrival) from meeting_registration r where r.event_id = e.id), 0),
    waitlisted = (select count(*) from meeting_registration r where r.event_id = e.id and r.status = 'WAITLISTED');

create function meeting_registration_count_waitlisted() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if new.status = 'WAITLISTED' then
            update meeting_event set waitlisted = waitlisted + 1 where id = new.event_id;
        end if;
    elsif old.status is distinct from new.status then
        if old.status = 'WAITLISTED' then
            update meeting_event set waitlisted = waitlisted - 1 where id = new.event_id;
        elsif new.status = 'WAITLISTED' then
            update meeting_event set waitlisted = waitlisted + 1 where id = new.event_id;
        end if;
    end if;
    return null;
end $$;

create trigger meeting_registration_count_waitlisted
    after insert or update of status on meeting_registration
    for each row execute function meeting_registration_count_waitlisted();
