-- Resident sign-in tokens are kept as SHA-256 hashes (64 hex characters) like every other token, and
-- consumed with one atomic delete (ResidentSignInTokens). The tokens stored in clear until now are
-- dropped: they lived for 15 minutes at most, a resident simply asks for a new link.
delete from one_time_tokens;
alter table one_time_tokens rename column token_value to token_hash;
alter table one_time_tokens alter column token_hash type text;
alter table one_time_tokens alter column expires_at type timestamptz;
create index one_time_tokens_expires_idx on one_time_tokens (expires_at);
