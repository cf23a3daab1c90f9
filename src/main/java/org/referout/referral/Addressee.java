package org.referout.referral;

import java.time.OffsetDateTime;

/** One recipient of one referral: whether it was sent, their answer, and the client's consent (or null). */
public record Addressee(Recipient recipient, OffsetDateTime sentAt, String response, OffsetDateTime respondedAt,
        String declineReason, Consent consent) {

    public boolean consented() {
        return consent != null && consent.allows(recipient.id());
    }

    public boolean sent() {
        return sentAt != null;
    }
}
