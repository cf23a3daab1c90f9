package org.referout.insights;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.referout.episode.EpisodeId;
import org.referout.practice.PracticeId;

/**
 * When an off-track episode was looked at: the adapter between the timely-referral measure and the modules that
 * record it (progress's acknowledged alerts, referral's referrals). Declared here because neither module yet
 * publishes a bulk query for it; see {@link StoredEpisodeReviews}.
 */
interface EpisodeReviews {

    enum Kind { ALERT_DECIDED, REFERRAL_CREATED }

    /**
     * @param visitId for an alert, the visit that raised it; for a referral, null
     * @param on          the day the decision was recorded or the referral created
     */
    record Review(Kind kind, Long visitId, LocalDate on, String detail) {
    }

    Map<EpisodeId, List<Review>> of(PracticeId practice, Collection<EpisodeId> episodes);
}
