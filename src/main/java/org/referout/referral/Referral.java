package org.referout.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.referout.client.ClientId;
import org.referout.episode.EpisodeId;
import org.referout.practice.UserId;

/** A referral as stored. {@code summary} is the episode snapshot taken when it was drafted and again when sent. */
public record Referral(ReferralId id, ClientId client, EpisodeId episode, Urgency urgency, String reason,
        String question, ReferralStatus status, String source, UserId createdBy, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, OffsetDateTime sentAt, OffsetDateTime respondedAt, LocalDate scheduledFor,
        OffsetDateTime seenAt, OffsetDateTime closedAt, OffsetDateTime remindedAt, OffsetDateTime clientAskedAt,
        RecipientId acceptedBy, String report, Integer reportPain, EpisodeSummary summary, int version) {
}
