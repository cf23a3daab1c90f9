package org.referout.referral;

import java.time.OffsetDateTime;

import org.referout.practice.PracticeId;

/**
 * A referral another practice sent to this user's e-mail (C6 inbound). {@code summary} already holds only what the
 * client consented to share with this recipient.
 */
public record InboundReferral(PracticeId fromPractice, ReferralId id, String fromPracticeName, RecipientId recipient,
        ReferralStatus status, Urgency urgency, String reason, String question, EpisodeSummary summary,
        DataShared shares, OffsetDateTime sentAt, OffsetDateTime importedAt) {
}
