package org.referout.fhir;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.referout.clinical.Measure;
import org.referout.episode.VisitId;
import org.referout.practice.PracticeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Adapter (like {@link VisitLookup}): an imported Observation's effective time and issued instant, kept on its
 * visit_score row (V65) with the offset it was written in. The episode module's scores carry no time of day, and
 * its clinical rules never need one; only the FHIR record does. Written after the visit is recorded through
 * Episodes (same transaction), read only for scores whose record was already read (and audited) through Episodes.
 */
@Repository
class ObservationTimes {

    /** Either may be null (then the visit's day stands for effective, and issued is absent). */
    record Times(OffsetDateTime effective, OffsetDateTime issued) {

        static final Times NONE = new Times(null, null);
    }

    private final JdbcClient jdbc;

    ObservationTimes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void store(PracticeId practice, VisitId visit, Measure measure, Times times) {
        if (times.effective() == null && times.issued() == null) {
            return;
        }
        jdbc.sql("""
                update visit_score set effective_at = :effective, effective_offset = :effectiveOffset,
                    issued_at = :issued, issued_offset = :issuedOffset
                where practice_id = :practice and visit_id = :visit and measure = :measure""")
            .param("effective", times.effective())
            .param("effectiveOffset", offset(times.effective()))
            .param("issued", times.issued())
            .param("issuedOffset", offset(times.issued()))
            .param("practice", practice.value())
            .param("visit", visit.value())
            .param("measure", measure.name())
            .update();
    }

    /** The kept times of these visits' scores, by Observation id ("{visit}-{measure}"); scores without are absent. */
    Map<String, Times> of(PracticeId practice, java.util.Collection<VisitId> visits) {
        Map<String, Times> times = new HashMap<>();
        if (visits.isEmpty()) {
            return times;
        }
        jdbc.sql("""
                select visit_id, measure, effective_at, effective_offset, issued_at, issued_offset from visit_score
                where practice_id = :practice and visit_id in (:visits)
                    and (effective_at is not null or issued_at is not null)""")
            .param("practice", practice.value())
            .param("visits", visits.stream().map(VisitId::value).toList())
            .query(rs -> {
                times.put(ObservationId.of(new VisitId(rs.getLong(1)), Measure.valueOf(rs.getString(2))),
                        new Times(at(rs.getObject(3, OffsetDateTime.class), (Integer) rs.getObject(4)),
                                at(rs.getObject(5, OffsetDateTime.class), (Integer) rs.getObject(6))));
            });
        return times;
    }

    private static Integer offset(OffsetDateTime time) {
        return time == null ? null : time.getOffset().getTotalSeconds();
    }

    private static OffsetDateTime at(OffsetDateTime instant, Integer offset) {
        return instant == null ? null
                : instant.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(offset == null ? 0 : offset));
    }
}
