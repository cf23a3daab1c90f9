package org.referout.insights;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.referout.clinical.CbiAnswers;
import org.referout.clinical.CbiItem;
import org.referout.practice.PracticeId;
import org.referout.practice.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Burnout checks, always read and written for one (practice, user) pair. There is deliberately no method that
 * takes a practice alone: no caller can list another user's answers, whatever their role.
 */
@Repository
class BurnoutRepository {

    private final JdbcClient jdbc;

    BurnoutRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(PracticeId practice, UserId user, Instant takenAt, CbiAnswers answers) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into burnout_check (practice_id, user_id, taken_at) values (:practice, :user, :at)")
            .param("practice", practice.value())
            .param("user", user.value())
            .param("at", OffsetDateTime.ofInstant(takenAt, ZoneOffset.UTC))
            .update(keys, "id");
        long id = keys.getKey().longValue();
        answers.chosen().forEach((item, points) -> jdbc.sql("""
                insert into burnout_answer (practice_id, check_id, item, points)
                values (:practice, :check, :item, :points)""")
            .param("practice", practice.value())
            .param("check", id)
            .param("item", item.name())
            .param("points", points)
            .update());
        return id;
    }

    /** The user's checks, oldest first. */
    List<BurnoutCheck> history(PracticeId practice, UserId user) {
        Map<Long, Instant> checks = new LinkedHashMap<>();
        jdbc.sql("""
                select id, taken_at from burnout_check where practice_id = :practice and user_id = :user
                order by taken_at, id""")
            .param("practice", practice.value())
            .param("user", user.value())
            .query((rs, n) -> checks.put(rs.getLong("id"), rs.getObject("taken_at", OffsetDateTime.class).toInstant()))
            .list();
        Map<Long, Map<CbiItem, Integer>> answers = new LinkedHashMap<>();
        jdbc.sql("""
                select a.check_id, a.item, a.points from burnout_answer a
                join burnout_check c on c.practice_id = a.practice_id and c.id = a.check_id
                where c.practice_id = :practice and c.user_id = :user""")
            .param("practice", practice.value())
            .param("user", user.value())
            .query((rs, n) -> answers.computeIfAbsent(rs.getLong("check_id"), k -> new EnumMap<>(CbiItem.class))
                .put(CbiItem.valueOf(rs.getString("item")), rs.getInt("points")))
            .list();
        List<BurnoutCheck> history = new ArrayList<>();
        checks.forEach((id, at) -> history.add(new BurnoutCheck(id, at, new CbiAnswers(answers.getOrDefault(id,
                Map.of())))));
        return history;
    }

    Optional<BurnoutCheck> find(PracticeId practice, UserId user, long id) {
        return history(practice, user).stream().filter(check -> check.id() == id).findFirst();
    }

    boolean reminderEnabled(PracticeId practice, UserId user) {
        return jdbc.sql("select enabled from burnout_reminder where practice_id = :practice and user_id = :user")
            .param("practice", practice.value())
            .param("user", user.value())
            .query(Boolean.class)
            .optional()
            .orElse(true);
    }

    void setReminder(PracticeId practice, UserId user, boolean enabled) {
        int updated = jdbc.sql("update burnout_reminder set enabled = :enabled where practice_id = :practice and user_id = :user")
            .param("enabled", enabled)
            .param("practice", practice.value())
            .param("user", user.value())
            .update();
        if (updated == 0) {
            jdbc.sql("insert into burnout_reminder (practice_id, user_id, enabled) values (:practice, :user, :enabled)")
                .param("practice", practice.value())
                .param("user", user.value())
                .param("enabled", enabled)
                .update();
        }
    }
}
