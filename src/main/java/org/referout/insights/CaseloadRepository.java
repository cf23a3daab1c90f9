package org.referout.insights;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.referout.clinical.Complaint;
import org.referout.clinical.Measure;
import org.referout.episode.EpisodeId;
import org.referout.episode.EpisodeStatus;
import org.referout.episode.Score;
import org.referout.episode.Technique;
import org.referout.insights.EpisodeFacts.VisitFacts;
import org.referout.practice.PracticeId;
import org.referout.practice.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's bulk read: every episode of a practice started in a period, with visits, techniques and scores,
 * in three queries rather than one {@code Episodes.history} call per episode. Read-only; it shapes rows the way
 * {@code Episodes.history} does (visits numbered from 1 by date, then id).
 */
@Repository
class CaseloadRepository {

    private final JdbcClient jdbc;

    CaseloadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String EPISODE_OF_VISIT = " join episode e on e.practice_id = v.practice_id and e.id = v.episode_id";

    /** The episodes asked for (therapist 0 = all); every query of the read is filtered by the same episodes. */
    private record Scope(PracticeId practice, long therapist, LocalDate from, LocalDate to) {
    }

    private JdbcClient.StatementSpec select(Scope scope, String select, String orderBy) {
        return jdbc.sql(select + " where e.practice_id = :practice and e.start_date between :from and :to"
                + " and (:therapist = 0 or e.therapist_id = :therapist)" + orderBy)
            .param("practice", scope.practice().value())
            .param("from", scope.from())
            .param("to", scope.to())
            .param("therapist", scope.therapist());
    }

    record Row(long id, long clientId, long therapistId, String complaint, boolean chronic, String primaryMeasure,
            LocalDate startDate, String status, OffsetDateTime closedAt) {
    }

    List<EpisodeFacts> episodes(PracticeId practice, Optional<UserId> therapist, LocalDate from, LocalDate to) {
        Scope scope = new Scope(practice, therapist.map(UserId::value).orElse(0L), from, to);
        List<Row> rows = select(scope, "select e.id, e.client_id, e.therapist_id, e.complaint, e.chronic,"
                + " e.primary_measure, e.start_date, e.status, e.discharged_at from episode e", " order by e.start_date, e.id")
            .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5),
                    rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8),
                    rs.getObject(9, OffsetDateTime.class)))
            .list();
        Map<Long, List<long[]>> visitIds = new HashMap<>();
        Map<Long, LocalDate> visitDates = new HashMap<>();
        select(scope, "select v.episode_id, v.id, v.visit_date from visit v" + EPISODE_OF_VISIT,
                " order by v.episode_id, v.visit_date, v.id")
            .query((rs, n) -> {
                visitIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new long[] { rs.getLong(2) });
                visitDates.put(rs.getLong(2), rs.getObject(3, LocalDate.class));
                return null;
            })
            .list();
        Map<Long, Set<Technique>> techniques = new HashMap<>();
        select(scope, "select t.visit_id, t.technique from visit_technique t join visit v on v.practice_id = t.practice_id"
                + " and v.id = t.visit_id" + EPISODE_OF_VISIT, "")
            .query((rs, n) -> techniques.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Technique.class))
                .add(Technique.valueOf(rs.getString(2))))
            .list();
        Map<Long, List<Score>> scores = new HashMap<>();
        select(scope, "select s.visit_id, s.measure, s.score, s.items from visit_score s join visit v"
                + " on v.practice_id = s.practice_id and v.id = s.visit_id" + EPISODE_OF_VISIT, "")
            .query((rs, n) -> scores.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(score(Measure.valueOf(rs.getString(2)), rs.getBigDecimal(3), rs.getString(4))))
            .list();
        List<EpisodeFacts> facts = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<VisitFacts> visits = new ArrayList<>();
            int number = 0;
            for (long[] visit : visitIds.getOrDefault(row.id(), List.of())) {
                long id = visit[0];
                visits.add(new VisitFacts(++number, id, visitDates.get(id),
                        techniques.getOrDefault(id, EnumSet.noneOf(Technique.class)), scores.getOrDefault(id, List.of())));
            }
            facts.add(new EpisodeFacts(new EpisodeId(row.id()), row.clientId(), new UserId(row.therapistId()),
                    Complaint.valueOf(row.complaint()), row.chronic(), Measure.valueOf(row.primaryMeasure()),
                    row.startDate(), EpisodeStatus.valueOf(row.status()), row.closedAt(), visits));
        }
        return facts;
    }

    private static Score score(Measure measure, java.math.BigDecimal value, String items) {
        if (items == null || items.isBlank()) {
            return Score.single(measure, value.intValue());
        }
        return Score.items(measure, Arrays.stream(items.split(",")).map(String::trim).map(Integer::valueOf).toList());
    }
}
