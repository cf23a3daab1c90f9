package org.referout.referral;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.referout.practice.PracticeId;
import org.referout.practice.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves a referral through its lifecycle the one way every caller must: the enum's table decides, the row moves
 * under its version, the step lands on the timeline, and {@link ReferralStatusChanged} is published in the same
 * transaction. Steps taken outside the practice become a notice for the sender.
 */
@Component
class Lifecycle {

    record Actor(String name, String kind, UserId user) {

        static Actor user(org.referout.practice.CurrentPractice by) {
            return new Actor(by.userName(), "USER", by.userId());
        }

        static Actor recipient(String name) {
            return new Actor(name, "RECIPIENT", null);
        }

        static Actor client() {
            return new Actor("Client", "CLIENT", null);
        }

        static Actor system() {
            return new Actor("ReferOut", "SYSTEM", null);
        }

        boolean fromOutside() {
            return user == null;
        }
    }

    private final ReferralRepository referrals;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Lifecycle(ReferralRepository referrals, Timeline timeline, ApplicationEventPublisher events, Clock clock) {
        this.referrals = referrals;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    void move(PracticeId practice, Referral referral, ReferralStatus to, Actor actor, String detail) {
        ReferralStatus from = referral.status();
        from.moveTo(to);
        OffsetDateTime now = now();
        referrals.move(practice, referral, to, now);
        step(practice, referral, actor, to.name(), detail);
        events.publishEvent(new ReferralStatusChanged(practice, referral.id(), referral.episode(), from, to));
    }

    /** A step that does not change the status (consent, a report, a reminder). */
    void step(PracticeId practice, Referral referral, Actor actor, String kind, String detail) {
        UserId notice = actor.fromOutside() ? referral.createdBy() : null;
        timeline.add(practice, referral.id(), now(), actor.name(), actor.kind(), kind, detail, notice);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
