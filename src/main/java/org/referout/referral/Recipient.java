package org.referout.referral;

import java.time.OffsetDateTime;

/**
 * A recipient in the practice's own list: entered by hand, or taken from the directory ({@code npi}) or from a
 * referral partner ({@code partnerId}). The e-mail receives the secure link; if it belongs to a ReferOut user,
 * the referral also lands in that user's inbox.
 */
public record Recipient(RecipientId id, String name, String organization, String providerType, String taxonomyCode,
        Long npi, String email, String phone, String address, Long partnerId, OffsetDateTime createdAt) {

    public String displayName() {
        return organization == null ? name : name + " (" + organization + ")";
    }
}
