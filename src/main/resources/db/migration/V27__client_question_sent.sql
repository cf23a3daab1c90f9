-- Issue 15 (intake range, by assignment): the client page lists what was sent to the client, so the question after
-- a referral (referral_link kind CLIENT, C6) keeps the address it was e-mailed to, when, and when it was answered.
-- One row per link. referral_link is created by V40, after this migration runs on a new database, so there is no
-- foreign key to it; the rows are written only by the referral module for its own links (LinkRepository).
create table referral_client_mail (
    practice_id bigint not null references practice (id),
    link_id     bigint not null,
    sent_to     varchar(320),
    sent_at     timestamp with time zone,
    answered_at timestamp with time zone,
    primary key (practice_id, link_id)
);
