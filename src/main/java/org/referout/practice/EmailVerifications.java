package org.referout.practice;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time links that prove a user reads the mailbox of their e-mail address. Only the token's hash is stored; a
 * link names the address it was sent to, so a link mailed before the address changed verifies nothing.
 */
@Repository
class EmailVerifications {

    static final Duration LIFETIME = Duration.ofHours(48);

    private final JdbcClient jdbc;

    EmailVerifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new link for the user's current address; the token is returned once, for the mail. */
    String issue(User user, OffsetDateTime now) {
        String token = Secrets.newToken();
        jdbc.sql("""
                insert into email_verification (practice_id, user_id, email, token_hash, created_at, expires_at)
                values (:practice, :user, :email, :hash, :now, :expires)""")
            .param("practice", user.practiceId().value())
            .param("user", user.id().value())
            .param("email", user.email())
            .param("hash", Secrets.hash(token))
            .param("now", now)
            .param("expires", now.plus(LIFETIME))
            .update();
        return token;
    }

    /**
     * Uses up a valid link and marks its address verified, when the user still has that address. Empty for an
     * unknown, used or expired link: all three look the same to whoever holds it.
     */
    Optional<UserId> use(String token, OffsetDateTime now) {
        record Pending(long practice, long id, long user, String email) {
        }
        Optional<Pending> pending = jdbc.sql("""
                select practice_id, id, user_id, email from email_verification
                where token_hash = :hash and used_at is null and expires_at > :now""")
            .param("hash", Secrets.hash(token == null ? "" : token))
            .param("now", now)
            .query((rs, n) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
            .optional();
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        Pending link = pending.get();
        int claimed = jdbc.sql("""
                update email_verification set used_at = :now
                where practice_id = :practice and id = :id and used_at is null""")
            .param("now", now)
            .param("practice", link.practice())
            .param("id", link.id())
            .update();
        int verified = claimed == 0 ? 0 : jdbc.sql("""
                update app_user set email_verified_at = :now
                where practice_id = :practice and id = :user and email = :email""")
            .param("now", now)
            .param("practice", link.practice())
            .param("user", link.user())
            .param("email", link.email())
            .update();
        return verified == 0 ? Optional.empty() : Optional.of(new UserId(link.user()));
    }

    boolean verified(PracticeId practice, UserId user) {
        return jdbc.sql("""
                select count(*) from app_user
                where practice_id = :practice and id = :user and email_verified_at is not null""")
            .param("practice", practice.value())
            .param("user", user.value())
            .query(Integer.class)
            .single() > 0;
    }
}
