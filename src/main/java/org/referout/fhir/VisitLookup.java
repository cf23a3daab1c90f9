package org.referout.fhir;

import java.util.Optional;

import org.referout.episode.EpisodeId;
import org.referout.episode.VisitId;
import org.referout.practice.PracticeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Adapter: the episode module answers "visits of an episode" but not "episode of a visit", which a FHIR read of
 * {@code Encounter/{visit}} or {@code Observation/{visit}-{measure}} starts from. This one read-only query stands
 * in until Episodes offers it; the record itself is then read (and audited) through Episodes.
 */
@Repository
class VisitLookup {

    private final JdbcClient jdbc;

    VisitLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EpisodeId> episodeOf(PracticeId practice, VisitId visit) {
        return jdbc.sql("select episode_id from visit where practice_id = :practice and id = :id")
            .param("practice", practice.value())
            .param("id", visit.value())
            .query((rs, row) -> new EpisodeId(rs.getLong(1)))
            .optional();
    }
}
