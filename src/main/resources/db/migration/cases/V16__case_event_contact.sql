-- Who became the contact person through a TAKEN or ASSIGNED entry, so that every timeline can say
-- "Maria Öberg, Gator och parker, är kontaktperson" (issue 14, UX finding 6). A taken case's contact is the
-- handler who took it; an earlier assignment did not record whom it named and keeps the unit-only wording.
alter table case_event add column contact_staff_id bigint;
update case_event set contact_staff_id = actor_staff_id where type = 'TAKEN';
