package org.referout.referral;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.referout.practice.PracticeId;
import org.referout.practice.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Inbound referrals: sent (with consent still in force) to a recipient that is this ReferOut user. The one query in
 * the module that crosses practices, on purpose and narrowly. A referral counts as this user's only when the sender
 * chose to deliver it to the ReferOut inbox of the user's (verified) e-mail address, or when the user claimed it with
 * its link and code. The caller checks that the address is verified; the summary is cut down to the consented data
 * before it leaves this class.
 */
@Repository
class Inbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Inbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<InboundReferral> forUser(PracticeId practice, UserId user, String verifiedEmail) {
        return jdbc.sql("""
                select f.practice_id, f.id, p.name as practice_name, a.recipient_id, f.status, f.urgency, f.reason,
                       f.question, f.summary, a.sent_at, a.imported_at, c.shares_summary, c.shares_scores,
                       c.shares_notes, c.shares_red_flags, c.shares_contact
                from referral_recipient r
                join referral_addressee a on a.practice_id = r.practice_id and a.recipient_id = r.id
                join referral f on f.practice_id = a.practice_id and f.id = a.referral_id
                join practice p on p.id = f.practice_id
                join referral_consent c on c.practice_id = a.practice_id and c.referral_id = a.referral_id
                     and c.recipient_id = a.recipient_id and c.withdrawn_at is null
                where a.sent_at is not null and f.status <> 'CANCELLED'
                  and ((r.referout_inbox and r.email = :email)
                       or exists (select 1 from referral_inbox_claim k
                                  where k.practice_id = :practice and k.user_id = :user
                                    and k.from_practice_id = a.practice_id and k.referral_id = a.referral_id
                                    and k.recipient_id = a.recipient_id))
                order by a.sent_at desc""")
            .param("email", verifiedEmail.toLowerCase(Locale.ROOT))
            .param("practice", practice.value())
            .param("user", user.value())
            .query((rs, n) -> {
                if (rs.getString("summary") == null) {
                    // the sender erased the client (C8): nothing personal is left to show or import
                    return null;
                }
                DataShared shares = new DataShared(rs.getBoolean("shares_summary"), rs.getBoolean("shares_scores"),
                        rs.getBoolean("shares_notes"), rs.getBoolean("shares_red_flags"),
                        rs.getBoolean("shares_contact"));
                EpisodeSummary full = json.readValue(rs.getString("summary"), EpisodeSummary.class);
                return new InboundReferral(new PracticeId(rs.getLong("practice_id")),
                        new ReferralId(rs.getLong("id")), rs.getString("practice_name"),
                        new RecipientId(rs.getLong("recipient_id")), ReferralStatus.valueOf(rs.getString("status")),
                        Urgency.valueOf(rs.getString("urgency")), rs.getString("reason"), rs.getString("question"),
                        consented(full, shares), shares, rs.getObject("sent_at", OffsetDateTime.class),
                        rs.getObject("imported_at", OffsetDateTime.class));
            })
            .list()
            .stream()
            .filter(java.util.Objects::nonNull)
            .toList();
    }

    /** C6: only the consented data, nothing else, reaches the receiving practice. */
    static EpisodeSummary consented(EpisodeSummary full, DataShared shares) {
        return new EpisodeSummary(full.clientFirstName(), full.clientLastName(), full.clientBirthDate(),
                full.clientZip(), shares.summary() ? full.complaintCode() : "OTHER",
                shares.summary() ? full.complaint() : "Not shared", shares.summary() ? full.startDate() : null,
                shares.summary() ? full.visits() : 0, shares.summary() ? full.techniques() : List.of(),
                shares.summary() ? full.goals() : null, full.measure(), shares.scores() ? full.scores() : List.of(),
                shares.notes() ? full.notes() : List.of(), shares.redFlags() ? full.redFlags() : List.of(),
                shares.contact() ? full.clientPhone() : null, shares.contact() ? full.clientEmail() : null,
                shares.contact() ? full.clientAddress() : null);
    }

    /** Records that the user showed the referral's link and code; claiming twice changes nothing. */
    void claim(PracticeId practice, UserId user, Link link, OffsetDateTime now) {
        jdbc.sql("""
                insert into referral_inbox_claim (practice_id, user_id, from_practice_id, referral_id, recipient_id,
                       claimed_at)
                select :practice, :user, :from, :referral, :recipient, :now
                where not exists (select 1 from referral_inbox_claim
                                  where practice_id = :practice and user_id = :user and from_practice_id = :from
                                    and referral_id = :referral and recipient_id = :recipient)""")
            .param("practice", practice.value())
            .param("user", user.value())
            .param("from", link.practice().value())
            .param("referral", link.referral().value())
            .param("recipient", link.recipient().value())
            .param("now", now)
            .update();
    }
}
