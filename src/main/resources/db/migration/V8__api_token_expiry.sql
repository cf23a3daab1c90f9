-- API tokens expire (referout.api-token-lifetime, 90 days by default); tokens made before this start counting
-- from when they were made. A token's name is unique among a user's active tokens: minting one under a name that
-- is in use replaces the older token (ApiTokens.create).
alter table api_token add column expires_at timestamp with time zone;
update api_token set expires_at = created_at + interval '90' day;
alter table api_token alter column expires_at set not null;
