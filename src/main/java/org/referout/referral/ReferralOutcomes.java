package org.referout.referral;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.referout.directory.PartnerOutcomes;
import org.referout.practice.PracticeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supplies directory's PartnerOutcomes (C5 ranking, C6 statistics): for each provider (by NPI) this practice has
 * referred to, how many referrals were sent, accepted and declined, the median days to an answer and to the client
 * being seen, and what clients reported. A provider in the practice's recipient list counts as a partner.
 */
@Component
class ReferralOutcomes implements PartnerOutcomes {

    /** Fewer client answers than this and the helped rate is not stated: three clients are not a rate. */
    static final int MIN_ANSWERS = 3;

    /** One recipient's record, as shown in the directory's explanation and on the referral pages. */
    record Outcome(long npi, int sent, int accepted, int declined, Double medianDaysToAnswer, Double medianDaysToSeen,
            int clientAnswers, int helped) {

        Double helpedRate() {
            return clientAnswers < MIN_ANSWERS ? null : (double) helped / clientAnswers;
        }

        String summary() {
            StringBuilder text = new StringBuilder();
            text.append(sent).append(sent == 1 ? " referral" : " referrals").append(": ").append(accepted)
                .append(" accepted, ").append(declined).append(" declined");
            if (medianDaysToAnswer != null) {
                text.append("; median ").append(days(medianDaysToAnswer)).append(" to answer");
            }
            if (medianDaysToSeen != null) {
                text.append(", ").append(days(medianDaysToSeen)).append(" to be seen");
            }
            if (clientAnswers > 0) {
                text.append("; ").append(helped).append(" of ").append(clientAnswers).append(" clients said it helped");
            }
            return text.toString();
        }

        private static String days(double value) {
            return (value == Math.rint(value) ? Long.toString((long) value) : String.format("%.1f", value)) + " days";
        }
    }

    private final JdbcClient jdbc;

    ReferralOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Signal> signals(PracticeId practice, Collection<Long> npis) {
        Map<Long, Signal> signals = new HashMap<>();
        outcomes(practice, npis).forEach((npi, outcome) -> signals.put(npi,
                new Signal(true, outcome.sent(), outcome.helpedRate(), outcome.summary())));
        return signals;
    }

    @Transactional(readOnly = true)
    Map<Long, Outcome> outcomes(PracticeId practice, Collection<Long> npis) {
        if (npis.isEmpty()) {
            return Map.of();
        }
        record Row(long npi, OffsetDateTime sentAt, String response, OffsetDateTime respondedAt,
                OffsetDateTime seenAt, boolean took, String helped) {
        }
        List<Row> rows = jdbc.sql("""
                select r.npi, a.sent_at, a.response, a.responded_at, f.seen_at, f.accepted_by, r.id,
                       (select max(u.helped) from referral_follow_up u
                         where u.practice_id = f.practice_id and u.referral_id = f.id) as helped
                from referral_recipient r
                left join referral_addressee a on a.practice_id = r.practice_id and a.recipient_id = r.id
                left join referral f on f.practice_id = a.practice_id and f.id = a.referral_id
                where r.practice_id = :p and r.npi in (:npis)""")
            .param("p", practice.value())
            .param("npis", List.copyOf(npis))
            .query((rs, n) -> {
                long acceptedBy = rs.getLong("accepted_by");
                boolean took = !rs.wasNull() && acceptedBy == rs.getLong("id");
                return new Row(rs.getLong("npi"), rs.getObject("sent_at", OffsetDateTime.class),
                        rs.getString("response"), rs.getObject("responded_at", OffsetDateTime.class),
                        took ? rs.getObject("seen_at", OffsetDateTime.class) : null, took,
                        took ? rs.getString("helped") : null);
            })
            .list();
        Map<Long, List<Row>> byNpi = new HashMap<>();
        rows.forEach(row -> byNpi.computeIfAbsent(row.npi(), k -> new ArrayList<>()).add(row));
        Map<Long, Outcome> outcomes = new HashMap<>();
        byNpi.forEach((npi, list) -> {
            var sent = list.stream().filter(r -> r.sentAt() != null).toList();
            List<Double> toAnswer = sent.stream().filter(r -> r.respondedAt() != null)
                .map(r -> days(r.sentAt(), r.respondedAt())).toList();
            List<Double> toSeen = sent.stream().filter(r -> r.seenAt() != null)
                .map(r -> days(r.sentAt(), r.seenAt())).toList();
            var answers = sent.stream().filter(r -> r.helped() != null).toList();
            outcomes.put(npi, new Outcome(npi, sent.size(),
                    (int) sent.stream().filter(r -> "ACCEPTED".equals(r.response())).count(),
                    (int) sent.stream().filter(r -> "DECLINED".equals(r.response())).count(), median(toAnswer),
                    median(toSeen), answers.size(),
                    (int) answers.stream().filter(r -> !"NO".equals(r.helped())).count()));
        });
        return outcomes;
    }

    private static double days(OffsetDateTime from, OffsetDateTime to) {
        return Duration.between(from, to).toHours() / 24.0;
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
