-- Issue 17 item 8: an alert refers to its visit by id only. The stored visit number went stale when a visit was
-- back-filled with an earlier date (visits are numbered by date, then id); the number is now computed when read.
-- Existing data: nothing to move, visit_id has been not null (and a foreign key to visit) since V10.
alter table progress_alert drop column visit_number;
