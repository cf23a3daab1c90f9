package org.referout.referral;

/** A recipient entered by hand, or picked from directory search results (then npi and taxonomy are set). */
record RecipientForm(String name, String organization, String providerType, String taxonomyCode, Long npi,
        String email, String phone, String address, Boolean referoutInbox) {

    public static RecipientForm empty() {
        return new RecipientForm(null, null, null, null, null, null, null, null, false);
    }

    public boolean deliversToInbox() {
        return Boolean.TRUE.equals(referoutInbox);
    }

    RecipientDetails toDetails() {
        return new RecipientDetails(name, organization, providerType, taxonomyCode, npi, email, phone, address, null);
    }
}
