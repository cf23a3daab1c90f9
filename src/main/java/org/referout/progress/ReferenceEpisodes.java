package org.referout.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.referout.clinical.Complaint;
import org.referout.clinical.EpisodeInput;
import org.referout.clinical.Measure;
import org.referout.clinical.Score;
import org.referout.practice.PracticeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The practice's closed episodes (DISCHARGED or REFERRED_OUT) with their scores, as reference episodes for the
 * expected curves (R4.3). Reads the episode module's tables directly, read-only, in one query: the Episodes API
 * loads one episode at a time, which would make a refit over thousands of closed episodes thousands of queries.
 * Visits are numbered as Episodes.history numbers them (by date, then by the order they were recorded).
 */
@Repository
class ReferenceEpisodes {

    private final JdbcClient jdbc;

    ReferenceEpisodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EpisodeInput> closed(PracticeId practice) {
        Map<Long, Builder> episodes = new LinkedHashMap<>();
        jdbc.sql("""
                select e.id, e.complaint, e.chronic, e.primary_measure, v.id as visit_id, v.visit_date, s.measure,
                       s.score, s.items
                from episode e
                join visit v on v.practice_id = e.practice_id and v.episode_id = e.id
                left join visit_score s on s.practice_id = v.practice_id and s.visit_id = v.id
                where e.practice_id = :practice and e.status in ('DISCHARGED', 'REFERRED_OUT')
                order by e.id, v.visit_date, v.id""")
            .param("practice", practice.value())
            .query(rs -> {
                Builder episode = episodes.computeIfAbsent(rs.getLong("id"), id -> {
                    try {
                        return new Builder(Complaint.valueOf(rs.getString("complaint")), rs.getBoolean("chronic"),
                                Measure.valueOf(rs.getString("primary_measure")));
                    }
                    catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                episode.visit(rs.getLong("visit_id"), rs.getObject("visit_date", LocalDate.class));
                String measure = rs.getString("measure");
                if (measure != null) {
                    episode.score(Measure.valueOf(measure), rs.getBigDecimal("score").intValue(), rs.getString("items"));
                }
            });
        return episodes.values().stream().map(Builder::build).toList();
    }

    private static final class Builder {

        final Complaint complaint;
        final boolean chronic;
        final Measure primary;
        final List<Score> scores = new ArrayList<>();
        long lastVisit = -1;
        int visitNumber;
        LocalDate date;

        Builder(Complaint complaint, boolean chronic, Measure primary) {
            this.complaint = complaint;
            this.chronic = chronic;
            this.primary = primary;
        }

        void visit(long visitId, LocalDate visitDate) {
            if (visitId != lastVisit) {
                lastVisit = visitId;
                visitNumber++;
                date = visitDate;
            }
        }

        void score(Measure measure, int value, String items) {
            if (items == null) {
                scores.add(Score.of(visitNumber, date, measure, value));
            }
            else {
                scores.add(Score.ofItems(visitNumber, date, measure,
                        Arrays.stream(items.split(",")).mapToInt(Integer::parseInt).toArray()));
            }
        }

        EpisodeInput build() {
            return EpisodeInput.of(complaint, chronic, primary, scores);
        }
    }
}
