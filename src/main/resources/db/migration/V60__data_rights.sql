-- Research export (C8): a stable random pseudonym and a random day shift per client, made on first export and kept,
-- so that repeated exports line up without ever carrying the client's id, name or real dates.
-- Erasure deletes the row: an erased client's outcomes leave the research export with their identity.
create table client_pseudonym (
    practice_id bigint not null,
    client_id   bigint not null,
    pseudonym   varchar(20) not null,
    day_shift   int not null,
    created_at  timestamp with time zone not null,
    primary key (practice_id, client_id),
    foreign key (practice_id, client_id) references client (practice_id, id)
);
create unique index client_pseudonym_unique on client_pseudonym (practice_id, pseudonym);
