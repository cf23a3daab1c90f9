-- A client's administrative gender (FHIR Patient.gender: female, male, other, unknown), shown on the client page
-- next to the date of birth. Null: not recorded.
alter table client add column gender varchar(10);
