package org.referout.referral;

import org.referout.practice.PracticeId;

/**
 * A recipient or client link was issued to the address {@code to}; the mail goes out after commit. Carries no
 * token: the mailer derives it from the link id (see LinkSecrets), so the event log never holds a working link.
 */
public record LinkIssued(PracticeId practice, ReferralId referral, long linkId, String to) {
}
