-- Issue 15: the app e-mails intake and before-visit links, and a resend replaces the previous link.
-- sent_to / sent_at: the address the link was e-mailed to and when (null: not e-mailed, only copied or shown as QR).
-- replaced_by: the newer link that replaced this one when it was sent again; the old token then answers like an
-- expired link. An INTAKE link may now name its episode from the start (the open episode the therapist chose).
alter table intake_link add column sent_to varchar(320);
alter table intake_link add column sent_at timestamp with time zone;
alter table intake_link add column replaced_by bigint;
