package org.referout.directory;

import java.util.Collection;
import java.util.Map;

import org.referout.practice.PracticeId;

/**
 * SPI: what a practice knows about providers it refers to (C5 ranking, C6 statistics). The referral module
 * implements it later; until then {@link #NONE} reports no partners, so ranking uses distance and type only.
 */
public interface PartnerOutcomes {

    /** The signals for those of {@code npis} that are the practice's partners; absent NPIs are not partners. */
    Map<Long, Signal> signals(PracticeId practice, Collection<Long> npis);

    /**
     * A partner's standing. {@code helpedRate} is the share of closed referrals the clients reported as helped,
     * in [0, 1], or null with too few referrals to say.
     */
    record Signal(boolean partner, int referrals, Double helpedRate, String summary) {
    }

    PartnerOutcomes NONE = (practice, npis) -> Map.of();
}
