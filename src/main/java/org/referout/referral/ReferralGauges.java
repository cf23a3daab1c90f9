package org.referout.referral;

import java.util.Map;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code referout.referrals{state}}: referrals of all practices in each state, read from the database when
 * scraped, so the figure is right across restarts and for several app instances on one database. One scrape
 * reads all eight gauges; they share one query for a second rather than run eight.
 */
@Component
@Lazy(false) // created at start although beans are lazy (application.properties): its work starts on its own
class ReferralGauges {

    private static final long FRESH_NANOS = 1_000_000_000L;

    private final ReferralRepository referrals;
    private Map<ReferralStatus, Long> counts;
    private long readAt;

    ReferralGauges(ReferralRepository referrals, MeterRegistry meters) {
        this.referrals = referrals;
        for (ReferralStatus state : ReferralStatus.values()) {
            Gauge.builder("referout.referrals", this, gauges -> gauges.count(state))
                .tag("state", state.name())
                .description("Referrals in each state, all practices")
                .register(meters);
        }
    }

    private synchronized double count(ReferralStatus state) {
        if (counts == null || System.nanoTime() - readAt > FRESH_NANOS) {
            counts = referrals.countByStatus();
            readAt = System.nanoTime();
        }
        return counts.getOrDefault(state, 0L);
    }
}
