package org.referout.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.referout.client.ClientId;
import org.referout.clinical.Complaint;
import org.referout.clinical.Reason;
import org.referout.clinical.ReasonCode;
import org.referout.clinical.Recommendation;
import org.referout.clinical.Status;
import org.referout.episode.EpisodeId;
import org.referout.episode.VisitId;
import org.referout.practice.PracticeId;
import org.referout.practice.UserId;
import org.referout.web.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Alerts and their reviews. The client's name and the complaint are joined in from the client and episode
 * tables (read-only), so the home page is one query rather than one audited record read per alert. An alert
 * refers to its visit by id only; the visit's number (k, the chart's x axis) is computed when read from the
 * visit tables (read-only): its place among the episode's visits that scored the primary measure, by date, then
 * id, as they are now (a visit back-filled with an earlier date moves the later ones on). Superseding and "nothing
 * older comes back" compare the visits in that order, never a number.
 */
@Repository
class AlertRepository {

    /** The place of visit v (its episode e) among e's visits that scored e's primary measure, by date, then id. */
    private static final String K = """
            (select count(*) from visit n
             join visit_score s on s.practice_id = n.practice_id and s.visit_id = n.id and s.measure = e.primary_measure
             where n.practice_id = v.practice_id and n.episode_id = v.episode_id and (n.id = v.id or %s))"""
        .formatted(before("n", "v"));

    private static final String SELECT = """
            select a.id, a.episode_id, e.client_id, c.first_name, c.last_name, e.complaint, a.visit_id, %s as k,
                   a.level, a.status, a.recommendation, a.reasons, a.raised_at, a.decision, a.decided_by, a.decided_at,
                   a.version, a.superseded_by
            from progress_alert a
            join episode e on e.practice_id = a.practice_id and e.id = a.episode_id
            join client c on c.practice_id = e.practice_id and c.id = e.client_id
            join visit v on v.practice_id = a.practice_id and v.id = a.visit_id
            """.formatted(K);

    /** Waiting for a decision: undecided, not superseded, on an active episode. */
    private static final String OPEN = " where a.practice_id = :practice and a.decided_at is null"
            + " and a.superseded_by is null and e.status = 'ACTIVE'";

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when this visit already has its alert (the listener was redelivered, or ran twice at once). */
    Optional<AlertId> insert(PracticeId practice, EpisodeId episode, VisitId visit, AlertLevel level,
            Status status, Recommendation recommendation, List<Reason> reasons, OffsetDateTime at) {
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    insert into progress_alert (practice_id, episode_id, visit_id, level, status, recommendation,
                                                reasons, raised_at)
                    values (:practice, :episode, :visit, :level, :status, :recommendation, :reasons, :at)""")
                .param("practice", practice.value())
                .param("episode", episode.value())
                .param("visit", visit.value())
                .param("level", level.name())
                .param("status", status.name())
                .param("recommendation", recommendation.name())
                .param("reasons", truncate(reasons.stream().map(r -> r.code().name() + "\t" + r.text().replace('\n', ' '))
                    .collect(Collectors.joining("\n")), 4000))
                .param("at", at)
                .update(keys, "id");
        }
        catch (DuplicateKeyException alreadyRaised) {
            return Optional.empty();
        }
        long id = keys.getKey().longValue();
        // one card per episode: the new alert supersedes the episode's undecided ones for earlier visits
        jdbc.sql("""
                update progress_alert set superseded_by = :id, version = version + 1
                where practice_id = :practice and episode_id = :episode and id <> :id and decided_at is null
                    and superseded_by is null and exists (
                        select 1 from visit o join visit v on v.practice_id = o.practice_id and v.id = :visit
                        where o.practice_id = progress_alert.practice_id and o.id = progress_alert.visit_id
                            and %s)""".formatted(before("o", "v")))
            .param("id", id)
            .param("practice", practice.value())
            .param("episode", episode.value())
            .param("visit", visit.value())
            .update();
        return Optional.of(new AlertId(id));
    }

    /**
     * Holds the episode's row until the transaction ends, so that deciding whether to raise an alert, and
     * superseding, happen for one visit of the episode at a time. Reads the episode module's table (locking only).
     */
    void lockEpisode(PracticeId practice, EpisodeId episode) {
        jdbc.sql("select id from episode where practice_id = :practice and id = :episode for update")
            .param("practice", practice.value())
            .param("episode", episode.value())
            .query(Long.class)
            .optional();
    }

    /**
     * Whether the episode already has an alert, decided or not, for a visit after this one (by date, then id):
     * then this visit's is history.
     */
    boolean laterExists(PracticeId practice, EpisodeId episode, VisitId visit) {
        return jdbc.sql("""
                select count(*) from progress_alert a
                join visit l on l.practice_id = a.practice_id and l.id = a.visit_id
                join visit v on v.practice_id = a.practice_id and v.id = :visit
                where a.practice_id = :practice and a.episode_id = :episode and %s""".formatted(before("v", "l")))
            .param("practice", practice.value())
            .param("episode", episode.value())
            .param("visit", visit.value())
            .query(Long.class)
            .single() > 0;
    }

    boolean existsFor(PracticeId practice, EpisodeId episode, VisitId visit) {
        return jdbc.sql("select count(*) from progress_alert where practice_id = :practice and episode_id = :episode"
                + " and visit_id = :visit")
            .param("practice", practice.value())
            .param("episode", episode.value())
            .param("visit", visit.value())
            .query(Long.class)
            .single() > 0;
    }

    /** Whether an open alert of this level or a more severe one exists for the episode. */
    boolean openAtLeast(PracticeId practice, EpisodeId episode, AlertLevel level) {
        List<String> levels = java.util.Arrays.stream(AlertLevel.values())
            .filter(l -> l.compareTo(level) >= 0).map(Enum::name).toList();
        return jdbc.sql("select count(*) from progress_alert where practice_id = :practice and episode_id = :episode"
                + " and decided_at is null and superseded_by is null and level in (:levels)")
            .param("practice", practice.value())
            .param("episode", episode.value())
            .param("levels", levels)
            .query(Long.class)
            .single() > 0;
    }

    Optional<Alert> find(PracticeId practice, AlertId id) {
        return jdbc.sql(SELECT + " where a.practice_id = :practice and a.id = :id")
            .param("practice", practice.value())
            .param("id", id.value())
            .query(AlertRepository::toAlert)
            .optional();
    }

    /**
     * Open alerts (undecided, not superseded: one per episode) of active episodes (closing an episode decides its
     * alerts), emergency, urgent, refer, review, then newest first; of one therapist's episodes, or of all when
     * therapist is null.
     */
    List<Alert> open(PracticeId practice, UserId therapist) {
        return openPage(practice, therapist, null, 0, Integer.MAX_VALUE);
    }

    /** One page of {@link #open}, of the given recommendations only (all when null). */
    List<Alert> openPage(PracticeId practice, UserId therapist, List<Recommendation> only, int offset, int limit) {
        var query = jdbc.sql(SELECT + OPEN + (therapist == null ? "" : " and e.therapist_id = :therapist")
                + (only == null ? "" : " and a.recommendation in (:only)")
                + " order by case a.recommendation when 'REFER_EMERGENCY' then 0 when 'REFER_URGENT' then 1"
                + " when 'REFER' then 2 else 3 end, a.raised_at desc, a.id desc"
                + (limit == Integer.MAX_VALUE ? "" : " limit :limit offset :offset"))
            .param("practice", practice.value());
        if (therapist != null) {
            query = query.param("therapist", therapist.value());
        }
        if (only != null) {
            query = query.param("only", only.stream().map(Enum::name).toList());
        }
        if (limit != Integer.MAX_VALUE) {
            query = query.param("limit", limit).param("offset", offset);
        }
        return query.query(AlertRepository::toAlert).list();
    }

    /** How many open alerts (as in {@link #open}) carry each recommendation. */
    java.util.Map<Recommendation, Integer> openCounts(PracticeId practice, UserId therapist) {
        var query = jdbc.sql("select a.recommendation, count(*) from progress_alert a"
                + " join episode e on e.practice_id = a.practice_id and e.id = a.episode_id" + OPEN
                + (therapist == null ? "" : " and e.therapist_id = :therapist") + " group by a.recommendation")
            .param("practice", practice.value());
        if (therapist != null) {
            query = query.param("therapist", therapist.value());
        }
        var counts = new java.util.EnumMap<Recommendation, Integer>(Recommendation.class);
        query.query((rs, row) -> counts.put(Recommendation.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return counts;
    }

    List<Alert> forEpisode(PracticeId practice, EpisodeId episode) {
        return jdbc.sql(SELECT + " where a.practice_id = :practice and a.episode_id = :episode"
                + " order by v.visit_date, v.id, a.id")
            .param("practice", practice.value())
            .param("episode", episode.value())
            .query(AlertRepository::toAlert)
            .list();
    }

    List<ProgressChart.Marker> markers(PracticeId practice, EpisodeId episode) {
        return jdbc.sql("select " + K + " as k, a.level from progress_alert a"
                + " join episode e on e.practice_id = a.practice_id and e.id = a.episode_id"
                + " join visit v on v.practice_id = a.practice_id and v.id = a.visit_id"
                + " where a.practice_id = :practice and a.episode_id = :episode order by v.visit_date, v.id, a.id")
            .param("practice", practice.value())
            .param("episode", episode.value())
            .query((rs, row) -> new ProgressChart.Marker(rs.getInt(1), rs.getString(2)))
            .list();
    }

    /** Optimistic lock: acknowledging twice, or on a stale page, is a conflict (Q: no lost update). */
    void decide(PracticeId practice, AlertId id, Decision decision, UserId by, OffsetDateTime at, int seenVersion) {
        int rows = jdbc.sql("""
                update progress_alert set decision = :decision, decided_by = :by, decided_at = :at, version = version + 1
                where practice_id = :practice and id = :id and version = :version and decided_at is null
                    and superseded_by is null""")
            .param("decision", decision.name())
            .param("by", by.value())
            .param("at", at)
            .param("practice", practice.value())
            .param("id", id.value())
            .param("version", seenVersion)
            .update();
        if (rows == 0) {
            throw new ConflictException("alert", id);
        }
    }

    void insertReview(PracticeId practice, AlertId id, OffTrackReview review, ReviewAdvice advice) {
        jdbc.sql("""
                insert into progress_alert_review (practice_id, alert_id, homework, techniques_tried, life_factors,
                    life_note, expectations, alliance, new_symptoms, red_flags, red_flag_level, suggested_actions, note)
                values (:practice, :alert, :homework, :techniques, :life, :lifeNote, :expectations, :alliance,
                    :newSymptoms, :redFlags, :level, :actions, :note)""")
            .param("practice", practice.value())
            .param("alert", id.value())
            .param("homework", review.homework().name())
            .param("techniques", codes(review.techniquesTried()))
            .param("life", codes(review.lifeFactors()))
            .param("lifeNote", review.lifeNote())
            .param("expectations", review.expectations().name())
            .param("alliance", review.alliance().name())
            .param("newSymptoms", review.newSymptoms())
            .param("redFlags", codes(review.redFlags()))
            .param("level", advice.redFlags().hasLevel() ? advice.redFlags().level().name() : null)
            .param("actions", codes(advice.actions()))
            .param("note", review.note())
            .update();
    }

    /** The stored review as the therapist answered it, with the suggestions it produced. */
    Optional<StoredReview> review(PracticeId practice, AlertId id) {
        return jdbc.sql("""
                select homework, techniques_tried, life_factors, life_note, expectations, alliance, new_symptoms,
                       red_flags, red_flag_level, suggested_actions, note
                from progress_alert_review where practice_id = :practice and alert_id = :alert""")
            .param("practice", practice.value())
            .param("alert", id.value())
            .query((rs, row) -> new StoredReview(rs.getString("homework"), split(rs.getString("techniques_tried")),
                    split(rs.getString("life_factors")), rs.getString("life_note"), rs.getString("expectations"),
                    rs.getString("alliance"), rs.getBoolean("new_symptoms"), split(rs.getString("red_flags")),
                    rs.getString("red_flag_level"), split(rs.getString("suggested_actions")), rs.getString("note")))
            .optional();
    }

    /** A review as stored: codes as text, so that a renamed code never makes an old review unreadable. */
    record StoredReview(String homework, List<String> techniquesTried, List<String> lifeFactors, String lifeNote,
            String expectations, String alliance, boolean newSymptoms, List<String> redFlags, String redFlagLevel,
            List<String> suggestedActions, String note) {
    }

    private static Alert toAlert(ResultSet rs, int row) throws SQLException {
        long decidedBy = rs.getLong("decided_by");
        UserId decider = rs.wasNull() ? null : new UserId(decidedBy);
        String decision = rs.getString("decision");
        return new Alert(new AlertId(rs.getLong("id")), new EpisodeId(rs.getLong("episode_id")),
                new ClientId(rs.getLong("client_id")), rs.getString("first_name") + " " + rs.getString("last_name"),
                Complaint.valueOf(rs.getString("complaint")), new VisitId(rs.getLong("visit_id")),
                rs.getInt("k"), AlertLevel.valueOf(rs.getString("level")),
                Status.valueOf(rs.getString("status")), Recommendation.valueOf(rs.getString("recommendation")),
                reasons(rs.getString("reasons")), rs.getObject("raised_at", OffsetDateTime.class),
                decision == null ? null : Decision.valueOf(decision), decider,
                rs.getObject("decided_at", OffsetDateTime.class), rs.getInt("version"),
                rs.getObject("superseded_by") == null ? null : new AlertId(rs.getLong("superseded_by")));
    }

    private static List<Reason> reasons(String text) {
        List<Reason> reasons = new ArrayList<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                reasons.add(new Reason(ReasonCode.valueOf(line.substring(0, tab)), line.substring(tab + 1)));
            }
        }
        return reasons;
    }

    private static String codes(java.util.Collection<? extends Enum<?>> values) {
        if (values.isEmpty()) {
            return null;
        }
        // a list keeps its order (suggestions, most important first); a set is sorted so the text is stable
        var names = values.stream().map(Enum::name);
        return (values instanceof List ? names : names.sorted()).collect(Collectors.joining(","));
    }

    private static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : List.of(codes.split(","));
    }

    /** SQL: visit alias a comes before visit alias b (same episode): an earlier date, or the same date and a lower id. */
    private static String before(String a, String b) {
        return "(%1$s.visit_date < %2$s.visit_date or (%1$s.visit_date = %2$s.visit_date and %1$s.id < %2$s.id))"
            .formatted(a, b);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
