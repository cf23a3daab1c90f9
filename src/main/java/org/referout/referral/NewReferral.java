package org.referout.referral;

import java.util.List;

/**
 * A referral as the therapist starts it. {@code source} says where it came from (ALERT, RED_FLAG, HAND) so that
 * insights can count timely referrals.
 */
public record NewReferral(Urgency urgency, String reason, String question, String source,
        List<RecipientId> recipients) {

    public NewReferral {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
