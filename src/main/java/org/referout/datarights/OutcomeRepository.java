package org.referout.datarights;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.referout.practice.PracticeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads every stored score with what the research export needs, and keeps the per-client pseudonyms. */
@Repository
class OutcomeRepository {

    /** One score as stored; ids are only for grouping here and never leave this module. */
    record ScoreRow(long clientId, String zip, long episodeId, String complaint, String episodeStatus,
            LocalDate episodeStart, int visitNumber, LocalDate visitDate, String measure, String score, String items) {
    }

    record Pseudonym(String name, int dayShift) {
    }

    /** Up to ±180 days: enough to hide real dates, small enough to keep seasons and intervals roughly meaningful. */
    static final int MAX_SHIFT_DAYS = 180;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    OutcomeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ScoreRow> scores(PracticeId practice) {
        return jdbc.sql("""
                select e.client_id, c.zip, e.id as episode_id, e.complaint, e.status, e.start_date, v.visit_date,
                       (select count(*) from visit n where n.practice_id = v.practice_id and n.episode_id = v.episode_id
                          and (n.visit_date < v.visit_date or (n.visit_date = v.visit_date and n.id <= v.id)))
                          as visit_number, s.measure, s.score, s.items
                from visit_score s
                join visit v on v.practice_id = s.practice_id and v.id = s.visit_id
                join episode e on e.practice_id = v.practice_id and e.id = v.episode_id
                join client c on c.practice_id = e.practice_id and c.id = e.client_id
                where s.practice_id = :p and c.erased = false
                order by e.client_id, e.start_date, e.id, v.visit_date, v.id, s.measure""")
            .param("p", practice.value())
            .query((rs, row) -> new ScoreRow(rs.getLong("client_id"), rs.getString("zip"), rs.getLong("episode_id"),
                    rs.getString("complaint"), rs.getString("status"), rs.getObject("start_date", LocalDate.class),
                    rs.getInt("visit_number"), rs.getObject("visit_date", LocalDate.class), rs.getString("measure"),
                    rs.getBigDecimal("score").stripTrailingZeros().toPlainString(), rs.getString("items")))
            .list();
    }

    /** The pseudonyms of these clients, made (and stored) on first use so that later exports line up. */
    Map<Long, Pseudonym> pseudonyms(PracticeId practice, List<Long> clients, OffsetDateTime now) {
        Map<Long, Pseudonym> known = new HashMap<>();
        jdbc.sql("select client_id, pseudonym, day_shift from client_pseudonym where practice_id = :p")
            .param("p", practice.value())
            .query(rs -> {
                known.put(rs.getLong(1), new Pseudonym(rs.getString(2), rs.getInt(3)));
            });
        for (Long client : clients) {
            if (!known.containsKey(client)) {
                Pseudonym made = new Pseudonym(newName(), newShift());
                jdbc.sql("""
                        insert into client_pseudonym (practice_id, client_id, pseudonym, day_shift, created_at)
                        values (:p, :c, :name, :shift, :now)""")
                    .param("p", practice.value()).param("c", client).param("name", made.name())
                    .param("shift", made.dayShift()).param("now", now)
                    .update();
                known.put(client, made);
            }
        }
        return known;
    }

    private String newName() {
        var name = new StringBuilder("P-");
        for (int i = 0; i < 10; i++) {
            name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return name.toString();
    }

    private int newShift() {
        int shift = 0;
        while (shift == 0) {
            shift = random.nextInt(2 * MAX_SHIFT_DAYS + 1) - MAX_SHIFT_DAYS;
        }
        return shift;
    }
}
