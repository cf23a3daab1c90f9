-- When an imported score (FHIR Observation) was taken and issued, to the second and in the zone it was written in.
-- A timestamp with time zone keeps the instant only (PostgreSQL normalises it), so the offset it was written with
-- is kept beside it (seconds east of UTC). All null for scores entered on a visit page: the visit's day is then
-- the only time known. The clinical rules keep using visit_date and the visit order.
alter table visit_score add column effective_at timestamp with time zone;
alter table visit_score add column effective_offset integer;
alter table visit_score add column issued_at timestamp with time zone;
alter table visit_score add column issued_offset integer;
