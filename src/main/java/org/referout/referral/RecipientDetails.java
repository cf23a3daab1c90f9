package org.referout.referral;

/** What a therapist enters (or picks from the directory) about a recipient. */
public record RecipientDetails(String name, String organization, String providerType, String taxonomyCode,
        Long npi, String email, String phone, String address, Long partnerId) {

    public static RecipientDetails byHand(String name, String providerType, String email, String phone) {
        return new RecipientDetails(name, null, providerType, null, null, email, phone, null, null);
    }
}
