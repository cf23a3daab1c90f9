-- Identifiers other systems gave a client (FHIR Patient.identifier, e.g. a hospital MRN), kept beside ReferOut's
-- own id so that an imported Patient keeps them and a client can be found by them (Patient?identifier=, ifNoneExist).
-- Columns are id_system/id_value: VALUE is a keyword in H2.
create table client_identifier (
    practice_id bigint       not null,
    client_id   bigint       not null,
    id_system   varchar(500) not null,
    id_value    varchar(500) not null,
    primary key (practice_id, client_id, id_system, id_value),
    foreign key (practice_id, client_id) references client (practice_id, id)
);
create index client_identifier_by_value on client_identifier (practice_id, id_value, id_system);
