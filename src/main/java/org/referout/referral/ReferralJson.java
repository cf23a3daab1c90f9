package org.referout.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.referout.practice.UserId;

/**
 * The referral API's JSON: every identifier a plain number ({@code "id": 316}), as in the rest of the API. The
 * domain records carry typed identifiers (ReferralId, RecipientId, …) that Jackson would write as
 * {@code {"value": 316}}; they are not given a global JSON form because the stored module events use it too.
 */
final class ReferralJson {

    private ReferralJson() {
    }

    record ReferralView(Item referral, List<AddresseeView> recipients, List<TimelineView> timeline) {

        static ReferralView of(Referral referral, List<Addressee> addressees, List<TimelineEntry> timeline) {
            return new ReferralView(Item.of(referral), addressees.stream().map(AddresseeView::of).toList(),
                    timeline.stream().map(TimelineView::of).toList());
        }
    }

    record Item(long id, long clientId, long episodeId, Urgency urgency, String reason, String question,
            ReferralStatus status, String source, Long createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            OffsetDateTime sentAt, OffsetDateTime respondedAt, LocalDate scheduledFor, OffsetDateTime seenAt,
            OffsetDateTime closedAt, OffsetDateTime remindedAt, OffsetDateTime clientAskedAt, Long acceptedBy,
            String report, Integer reportPain, EpisodeSummary summary, int version) {

        static Item of(Referral r) {
            return new Item(r.id().value(), r.client().value(), r.episode().value(), r.urgency(), r.reason(),
                    r.question(), r.status(), r.source(), user(r.createdBy()), r.createdAt(), r.updatedAt(), r.sentAt(),
                    r.respondedAt(), r.scheduledFor(), r.seenAt(), r.closedAt(), r.remindedAt(), r.clientAskedAt(),
                    r.acceptedBy() == null ? null : r.acceptedBy().value(), r.report(), r.reportPain(), r.summary(),
                    r.version());
        }
    }

    record RecipientView(long id, String name, String organization, String providerType, String taxonomyCode, Long npi,
            String email, String phone, String address, Long partnerId, OffsetDateTime createdAt) {

        static RecipientView of(Recipient r) {
            return new RecipientView(r.id().value(), r.name(), r.organization(), r.providerType(), r.taxonomyCode(),
                    r.npi(), r.email(), r.phone(), r.address(), r.partnerId(), r.createdAt());
        }
    }

    record ConsentView(long id, long recipientId, String givenBy, ConsentMethod method, DataShared shares,
            OffsetDateTime givenAt, Long recordedBy, OffsetDateTime withdrawnAt) {

        static ConsentView of(Consent c) {
            return c == null ? null : new ConsentView(c.id(), c.recipient().value(), c.givenBy(), c.method(),
                    c.shares(), c.givenAt(), user(c.recordedBy()), c.withdrawnAt());
        }
    }

    record AddresseeView(RecipientView recipient, OffsetDateTime sentAt, String response, OffsetDateTime respondedAt,
            String declineReason, ConsentView consent, boolean consented) {

        static AddresseeView of(Addressee a) {
            return new AddresseeView(RecipientView.of(a.recipient()), a.sentAt(), a.response(), a.respondedAt(),
                    a.declineReason(), ConsentView.of(a.consent()), a.consented());
        }
    }

    record TimelineView(long id, long referralId, OffsetDateTime at, String actor, String actorKind, String kind,
            String detail) {

        static TimelineView of(TimelineEntry t) {
            return new TimelineView(t.id(), t.referral().value(), t.at(), t.actor(), t.actorKind(), t.kind(),
                    t.detail());
        }
    }

    record OverdueView(long id, String clientName, ReferralStatus status, OffsetDateTime since, long days) {

        static OverdueView of(OverdueReferral o) {
            return new OverdueView(o.id().value(), o.clientName(), o.status(), o.since(), o.days());
        }
    }

    private static Long user(UserId user) {
        return user == null ? null : user.value();
    }
}
