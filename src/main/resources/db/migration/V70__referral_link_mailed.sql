-- Q, crash safety: module events are delivered at least once, so a LinkIssued re-delivered after a crash must not
-- mail (and note on the timeline) a second time. The mail listener claims the link here in its own transaction.
-- (Operations range: this belongs to the crash-safety work, not to the referral feature's schema.)
alter table referral_link add column mailed_at timestamp with time zone;
