package org.referout.referral;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.referout.practice.PracticeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Inbound referrals: sent (with consent still in force) to a recipient whose e-mail is this ReferOut user's. The one
 * query in the module that crosses practices, on purpose and narrowly: keyed by the signed-in user's own e-mail,
 * and the summary is cut down to the consented data before it leaves this class.
 */
@Repository
class Inbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Inbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<InboundReferral> forEmail(String email) {
        return jdbc.sql("""
                select f.practice_id, f.id, p.name as practice_name, a.recipient_id, f.status, f.urgency, f.reason,
                       f.question, f.summary, a.sent_at, a.imported_at, c.shares_summary, c.shares_scores,
                       c.shares_notes, c.shares_red_flags
                from referral_recipient r
                join referral_addressee a on a.practice_id = r.practice_id and a.recipient_id = r.id
                join referral f on f.practice_id = a.practice_id and f.id = a.referral_id
                join practice p on p.id = f.practice_id
                join referral_consent c on c.practice_id = a.practice_id and c.referral_id = a.referral_id
                     and c.recipient_id = a.recipient_id and c.withdrawn_at is null
                where r.email = :email and a.sent_at is not null and f.status <> 'CANCELLED'
                order by a.sent_at desc""")
            .param("email", email.toLowerCase(Locale.ROOT))
            .query((rs, n) -> {
                DataShared shares = new DataShared(rs.getBoolean("shares_summary"), rs.getBoolean("shares_scores"),
                        rs.getBoolean("shares_notes"), rs.getBoolean("shares_red_flags"));
                EpisodeSummary full = json.readValue(rs.getString("summary"), EpisodeSummary.class);
                return new InboundReferral(new PracticeId(rs.getLong("practice_id")),
                        new ReferralId(rs.getLong("id")), rs.getString("practice_name"),
                        new RecipientId(rs.getLong("recipient_id")), ReferralStatus.valueOf(rs.getString("status")),
                        Urgency.valueOf(rs.getString("urgency")), rs.getString("reason"), rs.getString("question"),
                        consented(full, shares), shares, rs.getObject("sent_at", OffsetDateTime.class),
                        rs.getObject("imported_at", OffsetDateTime.class));
            })
            .list();
    }

    /** C6: only the consented data, nothing else, reaches the receiving practice. */
    static EpisodeSummary consented(EpisodeSummary full, DataShared shares) {
        return new EpisodeSummary(full.clientFirstName(), full.clientLastName(), full.clientBirthDate(),
                full.clientZip(), shares.summary() ? full.complaintCode() : "OTHER",
                shares.summary() ? full.complaint() : "Not shared", shares.summary() ? full.startDate() : null,
                shares.summary() ? full.visits() : 0, shares.summary() ? full.techniques() : List.of(),
                shares.summary() ? full.goals() : null, full.measure(), shares.scores() ? full.scores() : List.of(),
                shares.notes() ? full.notes() : List.of(), shares.redFlags() ? full.redFlags() : List.of());
    }

    boolean isFor(PracticeId practice, ReferralId referral, String email) {
        return forEmail(email).stream().anyMatch(r -> r.fromPractice().equals(practice) && r.id().equals(referral));
    }
}
