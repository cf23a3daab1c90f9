package org.referout.referral;

/** What the therapist records when the client consents: who gave it, how, and which data. */
public record ConsentGiven(String givenBy, ConsentMethod method, DataShared shares) {
}
