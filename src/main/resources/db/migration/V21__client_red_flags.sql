-- R5: red flags belong to the client, not to one episode. A "yes" from any source counts for every active episode
-- of the client and for episodes started later, until a therapist clears it; a clearance is for the client.
-- red_flag_answer already names the client. A clearance keeps the episode it was made from (where the therapist
-- stood) and now names its client, so it covers the client's earlier answers of that code on every episode.
-- Existing clearances move over without loss: each gets the client of its episode.
alter table red_flag_clearance add column client_id bigint;
update red_flag_clearance set client_id = (
    select e.client_id from episode e where e.practice_id = red_flag_clearance.practice_id
        and e.id = red_flag_clearance.episode_id);
alter table red_flag_clearance alter column client_id set not null;
alter table red_flag_clearance add constraint red_flag_clearance_client
    foreign key (practice_id, client_id) references client (practice_id, id);
create index red_flag_clearance_by_client on red_flag_clearance (practice_id, client_id, code, cleared_at);
create index red_flag_answer_by_client_code on red_flag_answer (practice_id, client_id, code, answered_at);
