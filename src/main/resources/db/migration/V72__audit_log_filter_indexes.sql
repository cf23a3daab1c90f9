-- Issue 16 item 5: the audit page filters by client, user and action and shows the newest first, 50 at a time, with
-- a count. Each filter gets an index that starts with the practice and ends with the time, so both the count and the
-- page read only the matching entries (audit_log_at already serves the unfiltered page and the date range).
create index audit_log_client_at on audit_log (practice_id, client_id, at);
create index audit_log_user_at on audit_log (practice_id, user_id, at);
create index audit_log_action_at on audit_log (practice_id, action, at);
