package org.referout.referral;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.referout.practice.PracticeId;
import org.referout.practice.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Links are found by the hash of their token only; the token itself is never stored. */
@Repository
class LinkRepository {

    private static final String COLUMNS = "practice_id, id, referral_id, recipient_id, kind, salt, created_at, "
            + "expires_at, closed_at";

    private final JdbcClient jdbc;
    private final LinkSecrets secrets;

    LinkRepository(JdbcClient jdbc, LinkSecrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    long insert(PracticeId practice, ReferralId referral, RecipientId recipient, Link.Kind kind, OffsetDateTime now,
            OffsetDateTime expires) {
        String salt = Secrets.newToken();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into referral_link (practice_id, referral_id, recipient_id, kind, salt, token_hash, code_hash,
                       created_at, expires_at)
                values (:p, :r, :x, :kind, :salt, :token, :code, :now, :expires)""")
            .param("p", practice.value())
            .param("r", referral.value())
            .param("x", recipient == null ? null : recipient.value())
            .param("kind", kind.name())
            .param("salt", salt)
            .param("token", Secrets.hash(secrets.token(salt)))
            .param("code", kind == Link.Kind.RECIPIENT ? Secrets.hash(secrets.code(salt)) : null)
            .param("now", now)
            .param("expires", expires)
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Link> byToken(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from referral_link where token_hash = :hash")
            .param("hash", Secrets.hash(token))
            .query((rs, n) -> link(rs))
            .optional();
    }

    Optional<Link> find(PracticeId practice, long id) {
        return jdbc.sql("select " + COLUMNS + " from referral_link where practice_id = :p and id = :id")
            .param("p", practice.value())
            .param("id", id)
            .query((rs, n) -> link(rs))
            .optional();
    }

    /** The newest usable link of this kind for the recipient (or the client, when recipient is null). */
    Optional<Link> current(PracticeId practice, ReferralId referral, RecipientId recipient, Link.Kind kind) {
        return jdbc.sql("select " + COLUMNS + " from referral_link where practice_id = :p and referral_id = :r "
                + "and kind = :kind and closed_at is null and " + (recipient == null ? "recipient_id is null"
                        : "recipient_id = :x") + " order by created_at desc, id desc")
            .param("p", practice.value())
            .param("r", referral.value())
            .param("kind", kind.name())
            .params(recipient == null ? java.util.Map.of() : java.util.Map.of("x", recipient.value()))
            .query((rs, n) -> link(rs))
            .list()
            .stream()
            .findFirst();
    }

    boolean codeMatches(Link link, String code) {
        String expected = jdbc.sql("select code_hash from referral_link where practice_id = :p and id = :id")
            .param("p", link.practice().value())
            .param("id", link.id())
            .query(String.class)
            .single();
        return code != null && Secrets.sameSecret(expected, Secrets.hash(code.strip()));
    }

    void close(PracticeId practice, ReferralId referral, RecipientId exceptFor, OffsetDateTime now) {
        jdbc.sql("update referral_link set closed_at = :now where practice_id = :p and referral_id = :r "
                + "and closed_at is null and kind = 'RECIPIENT'"
                + (exceptFor == null ? "" : " and recipient_id <> :x"))
            .param("now", now)
            .param("p", practice.value())
            .param("r", referral.value())
            .params(exceptFor == null ? java.util.Map.of() : java.util.Map.of("x", exceptFor.value()))
            .update();
    }

    void closeAll(PracticeId practice, ReferralId referral, OffsetDateTime now) {
        jdbc.sql("update referral_link set closed_at = :now where practice_id = :p and referral_id = :r "
                + "and closed_at is null")
            .param("now", now)
            .param("p", practice.value())
            .param("r", referral.value())
            .update();
    }

    void closeLink(Link link, OffsetDateTime now) {
        jdbc.sql("update referral_link set closed_at = :now where practice_id = :p and id = :id")
            .param("now", now)
            .param("p", link.practice().value())
            .param("id", link.id())
            .update();
    }

    /**
     * Claims the link's mail: true once per link. Held until the caller's transaction ends, so a re-delivered
     * event waits for (and then skips after) a delivery in flight, and a rolled-back delivery frees the claim.
     */
    boolean claimMail(Link link, OffsetDateTime now) {
        return jdbc.sql("update referral_link set mailed_at = :now where practice_id = :p and id = :id "
                + "and mailed_at is null")
            .param("now", now)
            .param("p", link.practice().value())
            .param("id", link.id())
            .update() == 1;
    }

    /** The question after a referral (C6), as the client page lists it. */
    record ClientQuestion(long id, ReferralId referral, OffsetDateTime createdAt, OffsetDateTime expiresAt,
            OffsetDateTime closedAt, String sentTo, OffsetDateTime sentAt, OffsetDateTime answeredAt,
            boolean replaced) {
    }

    /** The client-question links of every referral of this client, newest first. */
    List<ClientQuestion> clientQuestions(PracticeId practice, org.referout.client.ClientId client) {
        return jdbc.sql("""
                select l.id, l.referral_id, l.created_at, l.expires_at, l.closed_at, m.sent_to, m.sent_at,
                       m.answered_at,
                       exists (select 1 from referral_link n where n.practice_id = l.practice_id
                               and n.referral_id = l.referral_id and n.kind = 'CLIENT' and n.id > l.id) as replaced
                from referral_link l
                join referral r on r.practice_id = l.practice_id and r.id = l.referral_id
                left join referral_client_mail m on m.practice_id = l.practice_id and m.link_id = l.id
                where l.practice_id = :p and r.client_id = :c and l.kind = 'CLIENT'
                order by l.created_at desc, l.id desc""")
            .param("p", practice.value())
            .param("c", client.value())
            .query((rs, n) -> new ClientQuestion(rs.getLong("id"), new ReferralId(rs.getLong("referral_id")),
                    rs.getObject("created_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
                    rs.getObject("closed_at", OffsetDateTime.class), rs.getString("sent_to"),
                    rs.getObject("sent_at", OffsetDateTime.class), rs.getObject("answered_at", OffsetDateTime.class),
                    rs.getBoolean("replaced")))
            .list();
    }

    /** The address a client's link was e-mailed to, once the mail server took it. */
    void sentTo(Link link, String to, OffsetDateTime at) {
        if (jdbc.sql("update referral_client_mail set sent_to = :to, sent_at = :at where practice_id = :p and link_id = :id")
            .param("to", to).param("at", at).param("p", link.practice().value()).param("id", link.id())
            .update() == 0) {
            jdbc.sql("""
                    insert into referral_client_mail (practice_id, link_id, sent_to, sent_at)
                    values (:p, :id, :to, :at)""")
                .param("to", to).param("at", at).param("p", link.practice().value()).param("id", link.id())
                .update();
        }
    }

    void answered(Link link, OffsetDateTime at) {
        if (jdbc.sql("update referral_client_mail set answered_at = :at where practice_id = :p and link_id = :id")
            .param("at", at).param("p", link.practice().value()).param("id", link.id())
            .update() == 0) {
            jdbc.sql("""
                    insert into referral_client_mail (practice_id, link_id, answered_at)
                    values (:p, :id, :at)""")
                .param("at", at).param("p", link.practice().value()).param("id", link.id())
                .update();
        }
    }

    private static Link link(java.sql.ResultSet rs) throws java.sql.SQLException {
        long recipient = rs.getLong("recipient_id");
        RecipientId recipientId = rs.wasNull() ? null : new RecipientId(recipient);
        return new Link(new PracticeId(rs.getLong("practice_id")), rs.getLong("id"),
                new ReferralId(rs.getLong("referral_id")), recipientId, Link.Kind.valueOf(rs.getString("kind")),
                rs.getString("salt"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class));
    }
}
