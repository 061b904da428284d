-- F9: bumped whenever a staff member's credentials change (password reset, second factor re-enrolled).
-- An open session remembers the version it signed in under; a different one signs it out.
alter table staff_account add column credentials_version integer not null default 0;
