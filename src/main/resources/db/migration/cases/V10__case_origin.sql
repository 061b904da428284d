-- Where a case came from when not through the intake form: e.g. 'challenge' for a solution to a challenge
-- (issue 7). The challenges module keeps the link itself (challenge_solution); this label is for the staff page.
alter table cases add column origin text check (origin is null or length(origin) <= 40);
