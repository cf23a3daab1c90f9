-- When a client's record last changed (FHIR Patient meta.lastUpdated and the _lastUpdated search).
alter table client add column updated_at timestamp with time zone;
update client set updated_at = created_at;
