package org.referout.referral;

/** The client's consent for one recipient, as the therapist records it. Unticked boxes share nothing. */
record ConsentForm(Long recipient, String givenBy, ConsentMethod method, Boolean summary, Boolean scores,
        Boolean notes, Boolean redFlags, Boolean contact) {

    ConsentGiven toConsent() {
        return new ConsentGiven(givenBy, method, new DataShared(ticked(summary), ticked(scores), ticked(notes),
                ticked(redFlags), ticked(contact)));
    }

    private static boolean ticked(Boolean box) {
        return Boolean.TRUE.equals(box);
    }
}
