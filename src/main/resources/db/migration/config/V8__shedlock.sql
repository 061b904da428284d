-- ShedLock (ADR 0014): one row per scheduled job; the node that moves lock_until into the future runs the job,
-- every other node skips that run. Times are the database's (usingDbTime), so the nodes' clocks do not matter.
-- No municipality_id: a job runs for the whole installation.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
