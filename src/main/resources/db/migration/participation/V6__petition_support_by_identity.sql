-- E-ID petition support (issue 7, ADR 0032): where the municipality requires e-ID to support an e-petition, each
-- support keeps the hash of the supporter's proven identity (given by the accounts module, never the number), and
-- one person supports an item once, even from two accounts.
alter table participation_support add column identity_hash text check (length(identity_hash) <= 200);
create unique index participation_support_identity_idx
    on participation_support (municipality_id, item_kind, item_id, identity_hash)
    where identity_hash is not null;
