package org.referout.episode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.referout.client.ClientId;
import org.referout.clinical.Complaint;
import org.referout.clinical.Measure;
import org.referout.practice.PracticeId;
import org.referout.practice.UserId;
import org.referout.web.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class EpisodeRepository {

    private static final String COLUMNS = """
            id, client_id, therapist_id, complaint, chronic, body_regions, goals, primary_measure, start_date, status,
            discharge_reason, discharged_at, version, created_at""";

    private final JdbcClient jdbc;

    EpisodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    EpisodeId insert(PracticeId practice, ClientId client, UserId therapist, Complaint complaint, boolean chronic,
            List<String> bodyRegions, String goals, Measure primary, List<String> activities, LocalDate start,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into episode (practice_id, client_id, therapist_id, complaint, chronic, body_regions, goals,
                    primary_measure, start_date, created_at)
                values (:practice, :client, :therapist, :complaint, :chronic, :regions, :goals, :primary, :start, :now)""")
            .param("practice", practice.value())
            .param("client", client.value())
            .param("therapist", therapist.value())
            .param("complaint", complaint.name())
            .param("chronic", chronic)
            .param("regions", bodyRegions.isEmpty() ? null : String.join(",", bodyRegions))
            .param("goals", goals)
            .param("primary", primary.name())
            .param("start", start)
            .param("now", now)
            .update(keys, "id");
        var id = new EpisodeId(keys.getKeyAs(Number.class).longValue());
        for (int i = 0; i < activities.size(); i++) {
            jdbc.sql("""
                    insert into episode_psfs_activity (practice_id, episode_id, ordinal, activity)
                    values (:practice, :episode, :ordinal, :activity)""")
                .param("practice", practice.value())
                .param("episode", id.value())
                .param("ordinal", i + 1)
                .param("activity", activities.get(i))
                .update();
        }
        return id;
    }

    /**
     * Locks the episode's row for the rest of the transaction, if the episode is still open: a visit stored under
     * this lock can never land on an episode that a concurrent close has just ended (the close waits for the lock,
     * or, having committed first, leaves nothing to lock). Changes no column, so the optimistic version stays.
     */
    boolean lockOpen(PracticeId practice, EpisodeId id) {
        return jdbc.sql("update episode set status = status where practice_id = :practice and id = :id"
                + " and status = 'ACTIVE'")
            .param("practice", practice.value())
            .param("id", id.value())
            .update() == 1;
    }

    Optional<Episode> find(PracticeId practice, EpisodeId id) {
        return jdbc.sql("select " + COLUMNS + " from episode where practice_id = :practice and id = :id")
            .param("practice", practice.value())
            .param("id", id.value())
            .query((rs, row) -> toEpisode(rs, activities(practice, new EpisodeId(rs.getLong("id")))))
            .optional();
    }

    List<Episode> listForClient(PracticeId practice, ClientId client) {
        return jdbc.sql("select " + COLUMNS
                + " from episode where practice_id = :practice and client_id = :client order by start_date desc, id desc")
            .param("practice", practice.value())
            .param("client", client.value())
            .query((rs, row) -> toEpisode(rs, activities(practice, new EpisodeId(rs.getLong("id")))))
            .list();
    }

    /** Closes an open episode on the version the user saw; anything else is a conflict. */
    void close(PracticeId practice, EpisodeId id, DischargeReason reason, int seenVersion, OffsetDateTime now) {
        int rows = jdbc.sql("""
                update episode set status = :status, discharge_reason = :reason, discharged_at = :now,
                    version = version + 1
                where practice_id = :practice and id = :id and version = :version and status = 'ACTIVE'""")
            .param("status", reason.closingStatus().name())
            .param("reason", reason.name())
            .param("now", now)
            .param("practice", practice.value())
            .param("id", id.value())
            .param("version", seenVersion)
            .update();
        if (rows == 0) {
            throw new ConflictException("episode", id);
        }
    }

    private List<String> activities(PracticeId practice, EpisodeId episode) {
        return jdbc.sql("""
                select activity from episode_psfs_activity where practice_id = :practice and episode_id = :episode
                order by ordinal""")
            .param("practice", practice.value())
            .param("episode", episode.value())
            .query(String.class)
            .list();
    }

    private static Episode toEpisode(ResultSet rs, List<String> activities) throws SQLException {
        String regions = rs.getString("body_regions");
        String reason = rs.getString("discharge_reason");
        return new Episode(new EpisodeId(rs.getLong("id")), new ClientId(rs.getLong("client_id")),
                new UserId(rs.getLong("therapist_id")), Complaint.valueOf(rs.getString("complaint")),
                rs.getBoolean("chronic"), regions == null ? List.of() : Arrays.asList(regions.split(",")),
                rs.getString("goals"), Measure.valueOf(rs.getString("primary_measure")), activities,
                rs.getObject("start_date", LocalDate.class), EpisodeStatus.valueOf(rs.getString("status")),
                reason == null ? null : DischargeReason.valueOf(reason),
                rs.getObject("discharged_at", OffsetDateTime.class), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
