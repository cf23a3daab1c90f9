package org.referout.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.referout.client.ClientId;
import org.referout.episode.EpisodeId;
import org.referout.practice.PracticeId;
import org.referout.practice.UserId;
import org.referout.web.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

@Repository
class ReferralRepository {

    private static final String COLUMNS = """
            id, client_id, episode_id, urgency, reason, question, status, source, created_by, created_at, updated_at,
            sent_at, responded_at, scheduled_for, seen_at, closed_at, reminded_at, client_asked_at, accepted_by,
            report, report_pain, summary, version""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReferralRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    ReferralId insert(PracticeId practice, ClientId client, EpisodeId episode, NewReferral draft, String reason,
            UserId by, EpisodeSummary summary, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into referral (practice_id, client_id, episode_id, urgency, reason, question, status, source,
                                      created_by, created_at, updated_at, summary)
                values (:practice, :client, :episode, :urgency, :reason, :question, 'DRAFT', :source, :by, :now, :now,
                        :summary)""")
            .param("practice", practice.value())
            .param("client", client.value())
            .param("episode", episode.value())
            .param("urgency", draft.urgency().name())
            .param("reason", reason)
            .param("question", draft.question())
            .param("source", draft.source() == null ? "HAND" : draft.source())
            .param("by", by.value())
            .param("now", now)
            .param("summary", json.writeValueAsString(summary))
            .update(keys, "id");
        return new ReferralId(keys.getKey().longValue());
    }

    /**
     * Referrals of every practice by status, for the operations gauge. The one query not scoped by practice:
     * it returns counts only, and no practice's user can reach it.
     */
    Map<ReferralStatus, Long> countByStatus() {
        var counts = new EnumMap<ReferralStatus, Long>(ReferralStatus.class);
        jdbc.sql("select status, count(*) from referral group by status")
            .query(rs -> {
                counts.put(ReferralStatus.valueOf(rs.getString(1)), rs.getLong(2));
            });
        return counts;
    }

    Optional<Referral> find(PracticeId practice, ReferralId id) {
        return jdbc.sql("select " + COLUMNS + " from referral where practice_id = :practice and id = :id")
            .param("practice", practice.value())
            .param("id", id.value())
            .query(this::referral)
            .optional();
    }

    List<Referral> list(PracticeId practice, int limit) {
        return jdbc.sql("select " + COLUMNS + " from referral where practice_id = :practice "
                + "order by updated_at desc, id desc limit :limit")
            .param("practice", practice.value())
            .param("limit", limit)
            .query(this::referral)
            .list();
    }

    List<Referral> forEpisode(PracticeId practice, EpisodeId episode) {
        return jdbc.sql("select " + COLUMNS + " from referral where practice_id = :practice and episode_id = :episode "
                + "order by created_at desc, id desc")
            .param("practice", practice.value())
            .param("episode", episode.value())
            .query(this::referral)
            .list();
    }

    /** Open loops across all practices, for the scheduled overdue check. */
    List<PracticeReferral> open() {
        return jdbc.sql("select practice_id, " + COLUMNS + " from referral where status in ('SENT', 'ACCEPTED', "
                + "'SCHEDULED')")
            .query((rs, n) -> new PracticeReferral(new PracticeId(rs.getLong("practice_id")), referral(rs, n)))
            .list();
    }

    record PracticeReferral(PracticeId practice, Referral referral) {
    }

    /** Optimistic lock on the version the caller read (Q: no lost update). */
    void move(PracticeId practice, Referral seen, ReferralStatus to, OffsetDateTime now) {
        String stamp = switch (to) {
            case SENT -> ", sent_at = :now";
            case ACCEPTED, DECLINED -> ", responded_at = :now";
            case SEEN -> ", seen_at = :now";
            case CLOSED, CANCELLED -> ", closed_at = :now";
            default -> "";
        };
        int rows = jdbc.sql("update referral set status = :to, updated_at = :now, version = version + 1" + stamp
                + " where practice_id = :practice and id = :id and version = :version")
            .param("to", to.name())
            .param("now", now)
            .param("practice", practice.value())
            .param("id", seen.id().value())
            .param("version", seen.version())
            .update();
        if (rows == 0) {
            throw new ConflictException("referral", seen.id());
        }
    }

    void update(PracticeId practice, ReferralId id, String column, Object value, OffsetDateTime now) {
        // column names come from this class only, never from input
        jdbc.sql("update referral set " + column + " = :value, updated_at = :now, version = version + 1 "
                + "where practice_id = :practice and id = :id")
            .param("value", value)
            .param("now", now)
            .param("practice", practice.value())
            .param("id", id.value())
            .update();
    }

    void updateDraft(PracticeId practice, ReferralId id, Urgency urgency, String reason, String question,
            int version, OffsetDateTime now) {
        int rows = jdbc.sql("""
                update referral set urgency = :urgency, reason = :reason, question = :question, updated_at = :now,
                       version = version + 1
                where practice_id = :practice and id = :id and version = :version and status = 'DRAFT'""")
            .param("urgency", urgency.name())
            .param("reason", reason)
            .param("question", question)
            .param("now", now)
            .param("practice", practice.value())
            .param("id", id.value())
            .param("version", version)
            .update();
        if (rows == 0) {
            throw new ConflictException("referral", id);
        }
    }

    void snapshot(PracticeId practice, ReferralId id, EpisodeSummary summary) {
        jdbc.sql("update referral set summary = :summary where practice_id = :practice and id = :id")
            .param("summary", json.writeValueAsString(summary))
            .param("practice", practice.value())
            .param("id", id.value())
            .update();
    }

    void report(PracticeId practice, ReferralId id, String report, Integer pain, OffsetDateTime now) {
        jdbc.sql("""
                update referral set report = :report, report_pain = :pain, updated_at = :now, version = version + 1
                where practice_id = :practice and id = :id""")
            .param("report", report)
            .param("pain", pain)
            .param("now", now)
            .param("practice", practice.value())
            .param("id", id.value())
            .update();
    }

    // --- addressees and consent -------------------------------------------------------------------------------

    void addAddressee(PracticeId practice, ReferralId referral, RecipientId recipient) {
        jdbc.sql("insert into referral_addressee (practice_id, referral_id, recipient_id) values (:p, :r, :x)")
            .param("p", practice.value())
            .param("r", referral.value())
            .param("x", recipient.value())
            .update();
    }

    void removeAddressee(PracticeId practice, ReferralId referral, RecipientId recipient) {
        jdbc.sql("delete from referral_consent where practice_id = :p and referral_id = :r and recipient_id = :x")
            .param("p", practice.value()).param("r", referral.value()).param("x", recipient.value()).update();
        jdbc.sql("delete from referral_addressee where practice_id = :p and referral_id = :r and recipient_id = :x")
            .param("p", practice.value()).param("r", referral.value()).param("x", recipient.value()).update();
    }

    void markSent(PracticeId practice, ReferralId referral, RecipientId recipient, OffsetDateTime now) {
        jdbc.sql("update referral_addressee set sent_at = :now where practice_id = :p and referral_id = :r "
                + "and recipient_id = :x")
            .param("now", now).param("p", practice.value()).param("r", referral.value()).param("x", recipient.value())
            .update();
    }

    void respond(PracticeId practice, ReferralId referral, RecipientId recipient, String response, String reason,
            OffsetDateTime now) {
        jdbc.sql("""
                update referral_addressee set response = :response, decline_reason = :reason, responded_at = :now
                where practice_id = :p and referral_id = :r and recipient_id = :x""")
            .param("response", response).param("reason", reason).param("now", now)
            .param("p", practice.value()).param("r", referral.value()).param("x", recipient.value())
            .update();
    }

    void markImported(PracticeId practice, ReferralId referral, RecipientId recipient, OffsetDateTime now) {
        jdbc.sql("update referral_addressee set imported_at = :now where practice_id = :p and referral_id = :r "
                + "and recipient_id = :x")
            .param("now", now).param("p", practice.value()).param("r", referral.value()).param("x", recipient.value())
            .update();
    }

    List<Addressee> addressees(PracticeId practice, ReferralId referral) {
        return jdbc.sql("""
                select a.sent_at, a.response, a.responded_at, a.decline_reason, r.id, r.name, r.organization,
                       r.provider_type, r.taxonomy_code, r.npi, r.email, r.phone, r.address, r.partner_id, r.created_at
                from referral_addressee a
                join referral_recipient r on r.practice_id = a.practice_id and r.id = a.recipient_id
                where a.practice_id = :p and a.referral_id = :r order by r.name, r.id""")
            .param("p", practice.value())
            .param("r", referral.value())
            .query((rs, n) -> {
                Recipient recipient = RecipientRepository.recipient(rs);
                return new Addressee(recipient, rs.getObject("sent_at", OffsetDateTime.class),
                        rs.getString("response"), rs.getObject("responded_at", OffsetDateTime.class),
                        rs.getString("decline_reason"), consent(practice, referral, recipient.id()).orElse(null));
            })
            .list();
    }

    void insertConsent(PracticeId practice, ReferralId referral, RecipientId recipient, ConsentGiven consent,
            UserId by, OffsetDateTime now) {
        jdbc.sql("""
                insert into referral_consent (practice_id, referral_id, recipient_id, given_by, method, shares_summary,
                       shares_scores, shares_notes, shares_red_flags, shares_contact, given_at, recorded_by)
                values (:p, :r, :x, :givenBy, :method, :summary, :scores, :notes, :flags, :contact, :now, :by)""")
            .param("p", practice.value())
            .param("r", referral.value())
            .param("x", recipient.value())
            .param("givenBy", consent.givenBy().strip())
            .param("method", consent.method().name())
            .param("summary", consent.shares().summary())
            .param("scores", consent.shares().scores())
            .param("notes", consent.shares().notes())
            .param("flags", consent.shares().redFlags())
            .param("contact", consent.shares().contact())
            .param("now", now)
            .param("by", by.value())
            .update();
    }

    void withdrawConsent(PracticeId practice, ReferralId referral, RecipientId recipient, OffsetDateTime now) {
        jdbc.sql("update referral_consent set withdrawn_at = :now where practice_id = :p and referral_id = :r "
                + "and recipient_id = :x and withdrawn_at is null")
            .param("now", now).param("p", practice.value()).param("r", referral.value()).param("x", recipient.value())
            .update();
    }

    /** The newest consent not withdrawn for exactly this referral and recipient. */
    Optional<Consent> consent(PracticeId practice, ReferralId referral, RecipientId recipient) {
        return jdbc.sql("""
                select id, recipient_id, given_by, method, shares_summary, shares_scores, shares_notes,
                       shares_red_flags, shares_contact, given_at, recorded_by, withdrawn_at
                from referral_consent
                where practice_id = :p and referral_id = :r and recipient_id = :x and withdrawn_at is null
                order by given_at desc, id desc""")
            .param("p", practice.value())
            .param("r", referral.value())
            .param("x", recipient.value())
            .query((rs, n) -> new Consent(rs.getLong("id"), new RecipientId(rs.getLong("recipient_id")),
                    rs.getString("given_by"), ConsentMethod.valueOf(rs.getString("method")),
                    new DataShared(rs.getBoolean("shares_summary"), rs.getBoolean("shares_scores"),
                            rs.getBoolean("shares_notes"), rs.getBoolean("shares_red_flags"),
                            rs.getBoolean("shares_contact")),
                    rs.getObject("given_at", OffsetDateTime.class), new UserId(rs.getLong("recorded_by")),
                    rs.getObject("withdrawn_at", OffsetDateTime.class)))
            .list()
            .stream()
            .findFirst();
    }

    private Referral referral(ResultSet rs, int row) throws SQLException {
        long accepted = rs.getLong("accepted_by");
        RecipientId acceptedBy = rs.wasNull() ? null : new RecipientId(accepted);
        int pain = rs.getInt("report_pain");
        Integer reportPain = rs.wasNull() ? null : pain;
        String summary = rs.getString("summary");
        return new Referral(new ReferralId(rs.getLong("id")), new ClientId(rs.getLong("client_id")),
                new EpisodeId(rs.getLong("episode_id")), Urgency.valueOf(rs.getString("urgency")),
                rs.getString("reason"), rs.getString("question"), ReferralStatus.valueOf(rs.getString("status")),
                rs.getString("source"), new UserId(rs.getLong("created_by")),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("sent_at", OffsetDateTime.class), rs.getObject("responded_at", OffsetDateTime.class),
                rs.getObject("scheduled_for", LocalDate.class), rs.getObject("seen_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class), rs.getObject("reminded_at", OffsetDateTime.class),
                rs.getObject("client_asked_at", OffsetDateTime.class), acceptedBy, rs.getString("report"),
                reportPain, summary == null ? null : json.readValue(summary, EpisodeSummary.class),
                rs.getInt("version"));
    }
}
