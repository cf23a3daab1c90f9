-- What a FHIR Patient says of a client beyond the first given name: a name prefix (Mrs., Dr.), the other given
-- names (space-separated, in order) and the address country, so that an imported Patient comes back whole.
alter table client add column name_prefix varchar(50);
alter table client add column other_given_names varchar(200);
alter table client add column country varchar(60);
