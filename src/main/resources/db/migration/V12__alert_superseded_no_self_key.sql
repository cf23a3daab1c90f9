-- The self-reference of V11 (an alert names the later alert that superseded it) cannot be restored row by row:
-- a backup loads alerts in id order, and an earlier alert names a later one (PostgreSQL refuses, its keys are not
-- deferrable, and H2 cannot defer them either). The id is still only ever written by Alerts, within the episode.
alter table progress_alert drop constraint progress_alert_superseded;
