package org.referout.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.referout.client.ClientId;
import org.referout.episode.EpisodeId;
import org.referout.practice.PracticeId;
import org.referout.practice.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Intake links and their saved answers. Only the token's hash is ever written or compared. */
@Repository
class IntakeLinkRepository {

    private static final String COLUMNS = """
            practice_id, id, client_id, episode_id, kind, created_by, created_at, expires_at, revoked_at,
            completed_at, attempts, sent_to, sent_at, replaced_by""";

    record Draft(int step, String answers) {
    }

    record Completed(String answers, OffsetDateTime at) {
    }

    private final JdbcClient jdbc;

    IntakeLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    IntakeLinkId insert(PracticeId practice, ClientId client, EpisodeId episode, LinkKind kind, String tokenHash,
            UserId by, OffsetDateTime now, OffsetDateTime expires) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into intake_link (practice_id, client_id, episode_id, kind, token_hash, created_by, created_at,
                    expires_at)
                values (:practice, :client, :episode, :kind, :hash, :by, :now, :expires)""")
            .param("practice", practice.value())
            .param("client", client.value())
            .param("episode", episode == null ? null : episode.value())
            .param("kind", kind.name())
            .param("hash", tokenHash)
            .param("by", by.value())
            .param("now", now)
            .param("expires", expires)
            .update(keys, "id");
        return new IntakeLinkId(keys.getKeyAs(Number.class).longValue());
    }

    /** The anonymous page's only lookup: by the hash of the token in the address. */
    Optional<IntakeLink> findByTokenHash(String tokenHash) {
        return jdbc.sql("select " + COLUMNS + " from intake_link where token_hash = :hash")
            .param("hash", tokenHash)
            .query(IntakeLinkRepository::link)
            .optional();
    }

    Optional<IntakeLink> find(PracticeId practice, IntakeLinkId id) {
        return jdbc.sql("select " + COLUMNS + " from intake_link where practice_id = :practice and id = :id")
            .param("practice", practice.value())
            .param("id", id.value())
            .query(IntakeLinkRepository::link)
            .optional();
    }

    /** Newest first. */
    List<IntakeLink> listForClient(PracticeId practice, ClientId client) {
        return jdbc.sql("select " + COLUMNS + """
                 from intake_link where practice_id = :practice and client_id = :client
                order by created_at desc, id desc""")
            .param("practice", practice.value())
            .param("client", client.value())
            .query(IntakeLinkRepository::link)
            .list();
    }

    /** @return false when the link was already completed or revoked */
    boolean revoke(PracticeId practice, IntakeLinkId id, OffsetDateTime now) {
        return jdbc.sql("""
                update intake_link set revoked_at = :now, version = version + 1
                where practice_id = :practice and id = :id and revoked_at is null and completed_at is null""")
            .param("now", now)
            .param("practice", practice.value())
            .param("id", id.value())
            .update() == 1;
    }

    /**
     * Marks the link used; only one submission can win (two tabs, a replayed request).
     *
     * @return false when it was already completed, revoked or has expired by now
     */
    boolean complete(PracticeId practice, IntakeLinkId id, EpisodeId episode, OffsetDateTime now) {
        return jdbc.sql("""
                update intake_link set completed_at = :now, episode_id = :episode, version = version + 1
                where practice_id = :practice and id = :id and completed_at is null and revoked_at is null
                  and expires_at > :now""")
            .param("now", now)
            .param("episode", episode.value())
            .param("practice", practice.value())
            .param("id", id.value())
            .update() == 1;
    }

    void countAttempt(PracticeId practice, IntakeLinkId id) {
        jdbc.sql("update intake_link set attempts = attempts + 1 where practice_id = :practice and id = :id")
            .param("practice", practice.value())
            .param("id", id.value())
            .update();
    }

    Optional<Draft> draft(PracticeId practice, IntakeLinkId link) {
        return jdbc.sql("select step, answers from intake_draft where practice_id = :practice and link_id = :link")
            .param("practice", practice.value())
            .param("link", link.value())
            .query((rs, n) -> new Draft(rs.getInt(1), rs.getString(2)))
            .optional();
    }

    void saveDraft(PracticeId practice, IntakeLinkId link, int step, String answers, OffsetDateTime now) {
        int updated = jdbc.sql("""
                update intake_draft set step = :step, answers = :answers, saved_at = :now
                where practice_id = :practice and link_id = :link""")
            .param("step", step)
            .param("answers", answers)
            .param("now", now)
            .param("practice", practice.value())
            .param("link", link.value())
            .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into intake_draft (practice_id, link_id, step, answers, saved_at)
                    values (:practice, :link, :step, :answers, :now)""")
                .param("practice", practice.value())
                .param("link", link.value())
                .param("step", step)
                .param("answers", answers)
                .param("now", now)
                .update();
        }
    }

    /**
     * The answers of the newest completed link of an episode: scores the client gave at home (a before-visit link,
     * or an intake for the episode; an intake's baseline became a visit recorded after it, so it is not waiting).
     */
    Optional<Completed> latestAnswers(PracticeId practice, EpisodeId episode) {
        return jdbc.sql("""
                select d.answers, l.completed_at from intake_link l
                join intake_draft d on d.practice_id = l.practice_id and d.link_id = l.id
                where l.practice_id = :practice and l.episode_id = :episode and l.completed_at is not null
                order by l.completed_at desc, l.id desc""")
            .param("practice", practice.value())
            .param("episode", episode.value())
            .query((rs, n) -> new Completed(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
            .list().stream().findFirst();
    }

    private static IntakeLink link(ResultSet rs, int row) throws SQLException {
        long episodeId = rs.getLong("episode_id");
        EpisodeId episode = rs.wasNull() ? null : new EpisodeId(episodeId);
        return new IntakeLink(new PracticeId(rs.getLong("practice_id")), new IntakeLinkId(rs.getLong("id")),
                new ClientId(rs.getLong("client_id")), episode,
                LinkKind.valueOf(rs.getString("kind")), new UserId(rs.getLong("created_by")),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class), rs.getObject("completed_at", OffsetDateTime.class),
                rs.getInt("attempts"), rs.getString("sent_to"), rs.getObject("sent_at", OffsetDateTime.class),
                replacedBy(rs));
    }

    private static IntakeLinkId replacedBy(ResultSet rs) throws SQLException {
        long id = rs.getLong("replaced_by");
        return rs.wasNull() ? null : new IntakeLinkId(id);
    }

    /** The client's links that still open the questionnaire, of this kind and for this episode (null: none named). */
    List<IntakeLink> openLinks(PracticeId practice, ClientId client, LinkKind kind, EpisodeId episode,
            OffsetDateTime now) {
        return jdbc.sql("select " + COLUMNS + " from intake_link"
                + " where practice_id = :practice and client_id = :client and kind = :kind"
                + " and completed_at is null and revoked_at is null and expires_at > :now and "
                + (episode == null ? "episode_id is null" : "episode_id = :episode"))
            .param("practice", practice.value())
            .param("client", client.value())
            .param("kind", kind.name())
            .param("episode", episode == null ? 0L : episode.value())
            .param("now", now)
            .query(IntakeLinkRepository::link)
            .list();
    }

    /** A resend: the old link stops opening the questionnaire and names the link that replaced it. */
    void replace(PracticeId practice, IntakeLinkId old, IntakeLinkId by, OffsetDateTime now) {
        jdbc.sql("""
                update intake_link set revoked_at = :now, replaced_by = :by, version = version + 1
                where practice_id = :practice and id = :id and revoked_at is null and completed_at is null""")
            .param("now", now)
            .param("by", by.value())
            .param("practice", practice.value())
            .param("id", old.value())
            .update();
    }

    void sent(PracticeId practice, IntakeLinkId id, String to, OffsetDateTime at) {
        jdbc.sql("""
                update intake_link set sent_to = :to, sent_at = :at, version = version + 1
                where practice_id = :practice and id = :id""")
            .param("to", to)
            .param("at", at)
            .param("practice", practice.value())
            .param("id", id.value())
            .update();
    }
}
