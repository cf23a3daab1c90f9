package org.referout.episode;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.referout.clinical.Measure;
import org.referout.practice.PracticeId;
import org.referout.practice.UserId;
import org.referout.web.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class VisitRepository {

    private static final String COLUMNS = """
            id, episode_id, visit_date, duration_minutes, subjective, objective, assessment, plan, homework,
            recorded_by, created_at, version""";

    private final JdbcClient jdbc;

    VisitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    VisitId insert(PracticeId practice, EpisodeId episode, LocalDate date, int minutes, Collection<Technique> techniques,
            VisitNotes notes, List<Score> scores, UserId recordedBy, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into visit (practice_id, episode_id, visit_date, duration_minutes, subjective, objective,
                    assessment, plan, homework, recorded_by, created_at)
                values (:practice, :episode, :date, :minutes, :subjective, :objective, :assessment, :plan, :homework,
                    :recordedBy, :now)""")
            .params(params(notes))
            .param("practice", practice.value())
            .param("episode", episode.value())
            .param("date", date)
            .param("minutes", minutes)
            .param("recordedBy", recordedBy.value())
            .param("now", now)
            .update(keys, "id");
        var id = new VisitId(keys.getKeyAs(Number.class).longValue());
        for (Technique technique : techniques) {
            jdbc.sql("insert into visit_technique (practice_id, visit_id, technique) values (:practice, :visit, :t)")
                .param("practice", practice.value())
                .param("visit", id.value())
                .param("t", technique.name())
                .update();
        }
        for (Score score : scores) {
            insertScore(practice, id, score);
        }
        return id;
    }

    private void insertScore(PracticeId practice, VisitId visit, Score score) {
        jdbc.sql("""
                insert into visit_score (practice_id, visit_id, measure, score, items)
                values (:practice, :visit, :measure, :score, :items)""")
            .param("practice", practice.value())
            .param("visit", visit.value())
            .param("measure", score.measure().name())
            .param("score", BigDecimal.valueOf(score.score()).setScale(4, java.math.RoundingMode.HALF_UP))
            .param("items", !score.measure().isSingleItem()
                    ? score.items().stream().map(String::valueOf).collect(Collectors.joining(","))
                    : null)
            .update();
    }

    private static Map<String, Object> params(VisitNotes notes) {
        var params = new HashMap<String, Object>();
        params.put("subjective", notes.subjective());
        params.put("objective", notes.objective());
        params.put("assessment", notes.assessment());
        params.put("plan", notes.plan());
        params.put("homework", notes.homework());
        return params;
    }

    void updateNotes(PracticeId practice, VisitId id, VisitNotes notes, int seenVersion) {
        int rows = jdbc.sql("""
                update visit set subjective = :subjective, objective = :objective, assessment = :assessment,
                    plan = :plan, homework = :homework, version = version + 1
                where practice_id = :practice and id = :id and version = :version""")
            .params(params(notes))
            .param("practice", practice.value())
            .param("id", id.value())
            .param("version", seenVersion)
            .update();
        if (rows == 0) {
            throw new ConflictException("visit", id);
        }
    }

    Optional<EpisodeId> episodeOf(PracticeId practice, VisitId id) {
        return jdbc.sql("select episode_id from visit where practice_id = :practice and id = :id")
            .param("practice", practice.value())
            .param("id", id.value())
            .query((rs, row) -> new EpisodeId(rs.getLong(1)))
            .optional();
    }

    boolean hasScoredVisit(PracticeId practice, EpisodeId episode) {
        // exists, not count(*): asked at every visit, and a count reads all of a long episode's scores
        return jdbc.sql("""
                select exists (select 1 from visit_score s join visit v on v.practice_id = s.practice_id and v.id = s.visit_id
                where v.practice_id = :practice and v.episode_id = :episode)""")
            .param("practice", practice.value())
            .param("episode", episode.value())
            .query(Boolean.class)
            .single();
    }

    /** When the episode's newest visit was recorded (not its visit date); empty without visits. */
    java.util.Optional<java.time.OffsetDateTime> lastRecordedAt(PracticeId practice, EpisodeId episode) {
        return jdbc.sql("select max(created_at) from visit where practice_id = :practice and episode_id = :episode")
            .param("practice", practice.value())
            .param("episode", episode.value())
            .query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class))
            .optional();
    }

    /** The episode's visits by date (then by the order they were recorded), with techniques and scores. */
    List<Visit> listForEpisode(PracticeId practice, EpisodeId episode) {
        Map<Long, List<Technique>> techniques = techniques(practice, episode);
        Map<Long, List<Score>> scores = scores(practice, episode);
        return jdbc.sql("select " + COLUMNS
                + " from visit where practice_id = :practice and episode_id = :episode order by visit_date, id")
            .param("practice", practice.value())
            .param("episode", episode.value())
            .query((rs, row) -> toVisit(rs, techniques.getOrDefault(rs.getLong("id"), List.of()),
                    scores.getOrDefault(rs.getLong("id"), List.of())))
            .list();
    }

    private Map<Long, List<Technique>> techniques(PracticeId practice, EpisodeId episode) {
        var byVisit = new HashMap<Long, List<Technique>>();
        jdbc.sql("""
                select t.visit_id, t.technique from visit_technique t
                join visit v on v.practice_id = t.practice_id and v.id = t.visit_id
                where v.practice_id = :practice and v.episode_id = :episode""")
            .param("practice", practice.value())
            .param("episode", episode.value())
            .query(rs -> {
                byVisit.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(Technique.valueOf(rs.getString(2)));
            });
        byVisit.values().forEach(list -> list.sort(null));
        return byVisit;
    }

    private Map<Long, List<Score>> scores(PracticeId practice, EpisodeId episode) {
        var byVisit = new HashMap<Long, List<Score>>();
        jdbc.sql("""
                select s.visit_id, s.measure, s.score, s.items from visit_score s
                join visit v on v.practice_id = s.practice_id and v.id = s.visit_id
                where v.practice_id = :practice and v.episode_id = :episode""")
            .param("practice", practice.value())
            .param("episode", episode.value())
            .query(rs -> {
                byVisit.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(toScore(rs));
            });
        byVisit.values().forEach(list -> list.sort((a, b) -> a.measure().compareTo(b.measure())));
        return byVisit;
    }

    private static Score toScore(ResultSet rs) throws SQLException {
        Measure measure = Measure.valueOf(rs.getString("measure"));
        if (measure.isSingleItem()) {
            return Score.single(measure, rs.getBigDecimal("score").intValue());
        }
        return Score.items(measure, Arrays.stream(rs.getString("items").split(",")).map(Integer::valueOf).toList());
    }

    private static Visit toVisit(ResultSet rs, List<Technique> techniques, List<Score> scores) throws SQLException {
        var notes = new VisitNotes(rs.getString("subjective"), rs.getString("objective"), rs.getString("assessment"),
                rs.getString("plan"), rs.getString("homework"));
        return new Visit(new VisitId(rs.getLong("id")), new EpisodeId(rs.getLong("episode_id")),
                rs.getObject("visit_date", LocalDate.class), rs.getInt("duration_minutes"), techniques, notes, scores,
                new UserId(rs.getLong("recorded_by")), rs.getObject("created_at", OffsetDateTime.class),
                rs.getInt("version"));
    }
}
