package org.referout.insights;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.referout.episode.EpisodeId;
import org.referout.practice.PracticeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads decided alerts ({@code progress_alert}, V10) and referrals ({@code referral}, V40) for many episodes at
 * once. A read-only adapter over the other modules' tables until progress and referral publish a bulk query;
 * it selects only the columns the measure needs and never writes.
 */
@Component
class StoredEpisodeReviews implements EpisodeReviews {

    private final JdbcClient jdbc;

    StoredEpisodeReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<EpisodeId, List<Review>> of(PracticeId practice, Collection<EpisodeId> episodes) {
        Set<Long> wanted = new HashSet<>();
        episodes.forEach(id -> wanted.add(id.value()));
        Map<EpisodeId, List<Review>> reviews = new HashMap<>();
        if (wanted.isEmpty()) {
            return reviews;
        }
        jdbc.sql("select episode_id, visit_id, decided_at, decision from progress_alert"
                + " where practice_id = :practice and decided_at is not null")
            .param("practice", practice.value())
            .query((rs, n) -> add(reviews, wanted, rs.getLong(1), new Review(Kind.ALERT_DECIDED, rs.getLong(2),
                    day(rs.getObject(3, OffsetDateTime.class)), rs.getString(4))))
            .list();
        jdbc.sql("select episode_id, created_at, status from referral where practice_id = :practice")
            .param("practice", practice.value())
            .query((rs, n) -> add(reviews, wanted, rs.getLong(1), new Review(Kind.REFERRAL_CREATED, null,
                    day(rs.getObject(2, OffsetDateTime.class)), rs.getString(3))))
            .list();
        return reviews;
    }

    private static Object add(Map<EpisodeId, List<Review>> reviews, Set<Long> wanted, long episode, Review review) {
        if (wanted.contains(episode)) {
            reviews.computeIfAbsent(new EpisodeId(episode), k -> new ArrayList<>()).add(review);
        }
        return null;
    }

    private static java.time.LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }
}
