package org.referout.referral;

/** The client's consent for one recipient, as the therapist records it. Unticked boxes share nothing. */
record ConsentForm(Long recipient, String givenBy, ConsentMethod method, boolean summary, boolean scores,
        boolean notes, boolean redFlags) {

    ConsentGiven toConsent() {
        return new ConsentGiven(givenBy, method, new DataShared(summary, scores, notes, redFlags));
    }
}
