-- Issue 16 item 6: the client may agree to share their contact details (phone, e-mail, address) with a recipient,
-- so the recipient can book them. Consents recorded before this asked nothing about it, so they share none.
alter table referral_consent add column shares_contact boolean default false not null;
