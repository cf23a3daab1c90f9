package org.referout.referral;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.referout.directory.PartnerOutcomes;
import org.referout.directory.PartnerReferrals.Statistics;
import org.referout.practice.PracticeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supplies directory's PartnerOutcomes (C5 ranking, C6 statistics): for each provider (by NPI) this practice has
 * referred to, how many referrals were sent, accepted and declined, the median days to an answer and to the client
 * being seen, and what clients reported. A provider in the practice's recipient list counts as a partner. The same
 * numbers per curated partner (a recipient linked to the partner or carrying its NPI) feed the partner pages.
 */
@Component
class ReferralOutcomes implements PartnerOutcomes {

    /** One recipient's part in one referral, with the partner and NPI the recipient row names (to group by). */
    private record Row(Long partnerId, Long npi, OffsetDateTime sentAt, String response, OffsetDateTime respondedAt,
            OffsetDateTime seenAt, String helped) {
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

    /** NPI → the referrals sent to recipients with that NPI. */
    @Transactional(readOnly = true)
    Map<Long, Statistics> outcomes(PracticeId practice, Collection<Long> npis) {
        if (npis.isEmpty()) {
            return Map.of();
        }
        return summarise(rows(practice, "r.npi in (:npis)", List.copyOf(npis), List.of(-1L)), Row::npi);
    }

    /**
     * Partner id → the referrals sent to recipients linked to that partner, or, not linked to any, carrying its NPI
     * ({@code npiByPartner} gives each partner's NPI, or null without one).
     */
    @Transactional(readOnly = true)
    Map<Long, Statistics> forPartners(PracticeId practice, Map<Long, Long> npiByPartner) {
        if (npiByPartner.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> partnerByNpi = new HashMap<>();
        npiByPartner.forEach((partner, npi) -> {
            if (npi != null) {
                partnerByNpi.put(npi, partner);
            }
        });
        List<Long> npis = partnerByNpi.isEmpty() ? List.of(-1L) : List.copyOf(partnerByNpi.keySet());
        List<Row> rows = rows(practice, "(r.partner_id in (:partners) or r.npi in (:npis))", npis,
                List.copyOf(npiByPartner.keySet()));
        return summarise(rows, row -> row.partnerId() != null && npiByPartner.containsKey(row.partnerId())
                ? row.partnerId() : partnerByNpi.get(row.npi()));
    }

    private List<Row> rows(PracticeId practice, String recipientsWhere, List<Long> npis, List<Long> partners) {
        return jdbc.sql("""
                select r.partner_id, r.npi, a.sent_at, a.response, a.responded_at, f.seen_at, f.accepted_by, r.id,
                       (select max(u.helped) from referral_follow_up u
                         where u.practice_id = f.practice_id and u.referral_id = f.id) as helped
                from referral_recipient r
                left join referral_addressee a on a.practice_id = r.practice_id and a.recipient_id = r.id
                left join referral f on f.practice_id = a.practice_id and f.id = a.referral_id
                where r.practice_id = :p""" + " and " + recipientsWhere)
            .param("p", practice.value())
            .param("npis", npis)
            .param("partners", partners)
            .query((rs, n) -> {
                long acceptedBy = rs.getLong("accepted_by");
                boolean took = !rs.wasNull() && acceptedBy == rs.getLong("id");
                return new Row(rs.getObject("partner_id", Long.class), rs.getObject("npi", Long.class),
                        rs.getObject("sent_at", OffsetDateTime.class), rs.getString("response"),
                        rs.getObject("responded_at", OffsetDateTime.class),
                        took ? rs.getObject("seen_at", OffsetDateTime.class) : null, took ? rs.getString("helped") : null);
            })
            .list();
    }

    private static Map<Long, Statistics> summarise(List<Row> rows, Function<Row, Long> key) {
        Map<Long, List<Row>> grouped = new HashMap<>();
        rows.forEach(row -> {
            Long k = key.apply(row);
            if (k != null) {
                grouped.computeIfAbsent(k, x -> new ArrayList<>()).add(row);
            }
        });
        Map<Long, Statistics> outcomes = new HashMap<>();
        grouped.forEach((k, list) -> {
            var sent = list.stream().filter(r -> r.sentAt() != null).toList();
            List<Double> toAnswer = sent.stream().filter(r -> r.respondedAt() != null)
                .map(r -> days(r.sentAt(), r.respondedAt())).toList();
            List<Double> toSeen = sent.stream().filter(r -> r.seenAt() != null)
                .map(r -> days(r.sentAt(), r.seenAt())).toList();
            var answers = sent.stream().filter(r -> r.helped() != null).toList();
            outcomes.put(k, new Statistics(sent.size(),
                    (int) sent.stream().filter(r -> "ACCEPTED".equals(r.response())).count(),
                    (int) sent.stream().filter(r -> "DECLINED".equals(r.response())).count(), median(toAnswer),
                    median(toSeen), answers.size(),
                    (int) answers.stream().filter(r -> !"NO".equals(r.helped())).count(),
                    (int) answers.stream().filter(r -> "A_LITTLE".equals(r.helped())).count()));
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
