-- Issue 17 item 10: sign-up must not tell anyone whether an address already has an account. So it always answers
-- "check your e-mail", and an account made on the sign-up page can be signed into only once its address is
-- confirmed (otherwise signing in with the password just chosen would tell whether the account was made).
-- Accounts made by an operator (CLI, demo) or by accepting an invitation are not affected.
alter table app_user add column signed_up_online boolean not null default false;
