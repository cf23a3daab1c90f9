package org.referout.intake;

import java.time.OffsetDateTime;
import java.util.List;

import org.referout.client.ClientId;
import org.referout.clinical.Recommendation;
import org.referout.episode.EpisodeId;
import org.referout.episode.VisitId;
import org.referout.practice.PracticeId;
import org.referout.practice.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Red-flag answers, clearances and treatment overrides. Rows are only ever inserted: the history is the record. */
@Repository
class RedFlagRepository {

    record Answer(String code, boolean answer, OffsetDateTime answeredAt, AnswerSource source) {
    }

    record Clearance(String code, String note, String clearedBy, OffsetDateTime clearedAt) {
    }

    private final JdbcClient jdbc;

    RedFlagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertAnswer(PracticeId practice, EpisodeId episode, ClientId client, String code, boolean answer, OffsetDateTime at,
            AnswerSource source, IntakeLinkId link, UserId by) {
        jdbc.sql("""
                insert into red_flag_answer (practice_id, episode_id, client_id, code, answer, answered_at, source,
                    link_id, recorded_by)
                values (:practice, :episode, :client, :code, :answer, :at, :source, :link, :by)""")
            .param("practice", practice.value())
            .param("episode", episode.value())
            .param("client", client.value())
            .param("code", code)
            .param("answer", answer)
            .param("at", at)
            .param("source", source.name())
            .param("link", link == null ? null : link.value())
            .param("by", by == null ? null : by.value())
            .update();
    }

    /**
     * R5: the client's answers that count for this episode, oldest first, so the last answer per code is the one
     * that counts. Flags belong to the client: answers given on any of the client's episodes count for every open
     * episode; a closed episode keeps what was answered until it closed. Reads the episode row for its client and
     * discharge time (a read-only look at the episode module's table, like the treatment-override foreign key).
     */
    List<Answer> answers(PracticeId practice, EpisodeId episode) {
        return jdbc.sql("""
                select a.code, a.answer, a.answered_at, a.source from episode e
                join red_flag_answer a on a.practice_id = e.practice_id and a.client_id = e.client_id
                where e.practice_id = :practice and e.id = :episode
                    and (e.discharged_at is null or a.answered_at <= e.discharged_at)
                order by a.answered_at, a.id""")
            .param("practice", practice.value())
            .param("episode", episode.value())
            .query((rs, n) -> new Answer(rs.getString("code"), rs.getBoolean("answer"),
                    rs.getObject("answered_at", OffsetDateTime.class), AnswerSource.valueOf(rs.getString("source"))))
            .list();
    }

    /** Every answer the client gave, on any episode, oldest first. */
    List<Answer> answers(PracticeId practice, ClientId client) {
        return jdbc.sql("""
                select code, answer, answered_at, source from red_flag_answer
                where practice_id = :practice and client_id = :client order by answered_at, id""")
            .param("practice", practice.value())
            .param("client", client.value())
            .query((rs, n) -> new Answer(rs.getString("code"), rs.getBoolean("answer"),
                    rs.getObject("answered_at", OffsetDateTime.class), AnswerSource.valueOf(rs.getString("source"))))
            .list();
    }

    /**
     * The client's open episodes, newest first (a read-only look at the episode module's table: the client page's
     * banner needs one to link to, and reading it through Episodes would audit a list nobody was shown).
     */
    List<EpisodeId> openEpisodes(PracticeId practice, ClientId client) {
        return jdbc.sql("""
                select id from episode where practice_id = :practice and client_id = :client and status = 'ACTIVE'
                order by start_date desc, id desc""")
            .param("practice", practice.value())
            .param("client", client.value())
            .query((rs, n) -> new EpisodeId(rs.getLong(1)))
            .list();
    }

    void insertClearance(PracticeId practice, EpisodeId episode, ClientId client, String code, String note, UserId by,
            OffsetDateTime at) {
        jdbc.sql("""
                insert into red_flag_clearance (practice_id, episode_id, client_id, code, note, cleared_by, cleared_at)
                values (:practice, :episode, :client, :code, :note, :by, :at)""")
            .param("practice", practice.value())
            .param("episode", episode.value())
            .param("client", client.value())
            .param("code", code)
            .param("note", note)
            .param("by", by.value())
            .param("at", at)
            .update();
    }

    /** The clearances of the episode's client (made from any of the client's episodes), oldest first. */
    List<Clearance> clearances(PracticeId practice, EpisodeId episode) {
        return jdbc.sql("""
                select c.code, c.note, u.display_name, c.cleared_at from episode e
                join red_flag_clearance c on c.practice_id = e.practice_id and c.client_id = e.client_id
                join app_user u on u.practice_id = c.practice_id and u.id = c.cleared_by
                where e.practice_id = :practice and e.id = :episode order by c.cleared_at, c.id""")
            .param("practice", practice.value())
            .param("episode", episode.value())
            .query((rs, n) -> new Clearance(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class)))
            .list();
    }

    /** The client's clearances, oldest first. */
    List<Clearance> clearances(PracticeId practice, ClientId client) {
        return jdbc.sql("""
                select c.code, c.note, u.display_name, c.cleared_at from red_flag_clearance c
                join app_user u on u.practice_id = c.practice_id and u.id = c.cleared_by
                where c.practice_id = :practice and c.client_id = :client order by c.cleared_at, c.id""")
            .param("practice", practice.value())
            .param("client", client.value())
            .query((rs, n) -> new Clearance(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class)))
            .list();
    }

    void insertOverride(PracticeId practice, EpisodeId episode, VisitId visit, Recommendation level, String reason,
            UserId by, OffsetDateTime at) {
        jdbc.sql("""
                insert into treatment_override (practice_id, episode_id, visit_id, level, reason, by_user, at)
                values (:practice, :episode, :visit, :level, :reason, :by, :at)""")
            .param("practice", practice.value())
            .param("episode", episode.value())
            .param("visit", visit == null ? null : visit.value())
            .param("level", level.name())
            .param("reason", reason)
            .param("by", by.value())
            .param("at", at)
            .update();
    }

    int overrides(PracticeId practice, EpisodeId episode) {
        return jdbc.sql("select count(*) from treatment_override where practice_id = :practice and episode_id = :episode")
            .param("practice", practice.value())
            .param("episode", episode.value())
            .query(Integer.class)
            .single();
    }
}
