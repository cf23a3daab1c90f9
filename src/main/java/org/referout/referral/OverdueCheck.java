package org.referout.referral;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The overdue loop (C6), driven by the Clock bean: once a loop has been open longer than the practice's setting a
 * reminder lands in the sender's inbox; after twice that, ReferOut asks the client by e-mail, once. Runs hourly;
 * tests call {@link Referrals#checkOverdue()} after moving the clock.
 */
@Component
@Lazy(false) // created at start although beans are lazy (application.properties): its work starts on its own
class OverdueCheck {

    private final Referrals referrals;

    OverdueCheck(Referrals referrals) {
        this.referrals = referrals;
    }

    @Scheduled(fixedDelayString = "${referout.referral.overdue-check:PT1H}", initialDelayString = "PT1M")
    void run() {
        referrals.checkOverdue();
    }

    static boolean clientShouldBeAsked(OffsetDateTime since, OffsetDateTime now, int days) {
        return !since.plus(Duration.ofDays(2L * days)).isAfter(now);
    }
}
