package org.referout.referral;

import java.time.OffsetDateTime;

/** A referral whose loop has stayed open too long: the home page and /referrals show these. */
public record OverdueReferral(ReferralId id, String clientName, ReferralStatus status, OffsetDateTime since,
        long days) {
}
