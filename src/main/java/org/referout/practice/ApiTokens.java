package org.referout.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.referout.web.BadRequestException;
import org.referout.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Per-user API tokens for the REST and FHIR APIs (C1): stored hashed, revocable, shown once. */
@Service
public class ApiTokens {

    /** Tokens start with this so they are recognisable in logs and secret scanners. */
    public static final String PREFIX = "ro_";

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final Clock clock;

    private final Duration lifetime;

    ApiTokens(JdbcClient jdbc, UserRepository users, Clock clock,
            @Value("${referout.api-token-lifetime:P90D}") Duration lifetime) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A minted token: shown once; it stops working at {@code expiresAt}. */
    public record Minted(String token, String name, OffsetDateTime expiresAt) {
    }

    @Transactional
    public String create(CurrentPractice user, String name) {
        return mint(user, name, false).token();
    }

    /**
     * A new token under {@code name}. With {@code replace}, an active token of the same user with the same name is
     * revoked: a script that signs in on every run replaces its token instead of piling up live ones.
     */
    @Transactional
    public Minted mint(CurrentPractice user, String name, boolean replace) {
        String label = name == null || name.isBlank() ? "API token" : name.strip();
        if (label.length() > 100) {
            throw new BadRequestException("name", "at most 100 characters");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (replace) {
            jdbc.sql("""
                    update api_token set revoked_at = :now
                    where practice_id = :practice and user_id = :user and name = :name and revoked_at is null""")
                .param("now", now)
                .param("practice", user.id().value())
                .param("user", user.userId().value())
                .param("name", label)
                .update();
        }
        String token = PREFIX + Secrets.newToken();
        OffsetDateTime expires = now.plus(lifetime);
        jdbc.sql("""
                insert into api_token (practice_id, user_id, name, token_hash, created_at, expires_at)
                values (:practice, :user, :name, :hash, :now, :expires)""")
            .param("practice", user.id().value())
            .param("user", user.userId().value())
            .param("name", label)
            .param("hash", Secrets.hash(token))
            .param("now", now)
            .param("expires", expires)
            .update();
        return new Minted(token, label, expires);
    }

    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /** The user behind an active token, or empty for unknown, revoked, expired, or a disabled user. */
    @Transactional
    public Optional<User> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        String hash = Secrets.hash(token);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<TokenOwner> owner = jdbc.sql("""
                select practice_id, user_id, last_used_at from api_token
                where token_hash = :hash and revoked_at is null and expires_at > :now""")
            .param("hash", hash)
            .param("now", now)
            .query((rs, n) -> new TokenOwner(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class)))
            .optional();
        // "last used" to the minute is all the owner needs; writing it on every call made concurrent API calls
        // with one token queue on that row's lock
        owner.filter(o -> o.lastUsedAt() == null || o.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION)))
            .ifPresent(o -> jdbc.sql("update api_token set last_used_at = :now where token_hash = :hash")
                .param("now", now)
                .param("hash", hash)
                .update());
        return owner.flatMap(o -> users.find(new PracticeId(o.practice()), new UserId(o.user()))).filter(User::enabled);
    }

    private record TokenOwner(long practice, long user, OffsetDateTime lastUsedAt) {
    }

    @Transactional(readOnly = true)
    public List<ApiToken> list(CurrentPractice user) {
        return jdbc.sql("""
                select id, name, created_at, last_used_at, revoked_at from api_token
                where practice_id = :practice and user_id = :user order by created_at desc, id desc""")
            .param("practice", user.id().value())
            .param("user", user.userId().value())
            .query((rs, n) -> new ApiToken(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                    rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class)))
            .list();
    }

    /** A user revokes their own token; another user's token id is "not found". */
    @Transactional
    public void revoke(CurrentPractice user, long tokenId) {
        int rows = jdbc.sql("""
                update api_token set revoked_at = :now
                where practice_id = :practice and user_id = :user and id = :id and revoked_at is null""")
            .param("now", OffsetDateTime.now(clock))
            .param("practice", user.id().value())
            .param("user", user.userId().value())
            .param("id", tokenId)
            .update();
        if (rows == 0) {
            throw new NotFoundException();
        }
    }
}
