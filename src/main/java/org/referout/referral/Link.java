package org.referout.referral;

import java.time.OffsetDateTime;

import org.referout.practice.PracticeId;

/** An anonymous link: the recipient's (with a verification code) or the client's follow-up link. */
record Link(PracticeId practice, long id, ReferralId referral, RecipientId recipient, Kind kind, String salt,
        OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime closedAt) {

    enum Kind {
        RECIPIENT, CLIENT
    }

    boolean usableAt(OffsetDateTime now) {
        return closedAt == null && now.isBefore(expiresAt);
    }
}
