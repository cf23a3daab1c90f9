package org.referout.referral;

import java.time.OffsetDateTime;

import org.referout.practice.UserId;

/** The client's consent to share this referral with one recipient. It never covers another recipient. */
public record Consent(long id, RecipientId recipient, String givenBy, ConsentMethod method, DataShared shares,
        OffsetDateTime givenAt, UserId recordedBy, OffsetDateTime withdrawnAt) {

    /** C6: consent is per recipient; a withdrawn consent allows nothing. */
    public boolean allows(RecipientId someone) {
        return withdrawnAt == null && recipient.equals(someone);
    }
}
