package org.referout.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.referout.web.RateLimiter;
import org.springframework.stereotype.Component;

/**
 * Login throttling (C1) that a guesser cannot turn against the real user:
 * <ul>
 * <li>{@value #FAILURES} failed attempts for one e-mail <em>from one address</em> within {@value #WINDOW_MINUTES}
 * minutes block that address for that account (the guesser), not the account;</li>
 * <li>4× that from one address block the address, whatever accounts it tries;</li>
 * <li>across all addresses an account only slows down: after {@value #FAILURES} × 2 failures each further attempt
 * waits a little longer (2, 4, 8 … seconds, at most a minute), so a spread-out guess is slowed to a crawl while the
 * real user, from their own address, is kept waiting seconds, not a quarter of an hour;</li>
 * <li>when an account starts to slow down, its owner is mailed a link that lets their browser past every limit
 * here at once ({@link LoginUnlocks}).</li>
 * </ul>
 * Addresses are the client's as Tomcat sees them: behind a proxy listed in {@code referout.trusted-proxies}, the
 * forwarded one.
 */
@Component
class LoginThrottle {

    static final int FAILURES = 5;
    static final int WINDOW_MINUTES = 15;
    static final Duration LONGEST_BACKOFF = Duration.ofMinutes(1);

    private final RateLimiter byEmailAndAddress;
    private final RateLimiter byAddress;
    private final RateLimiter byEmail;
    private final Clock clock;
    private final LoginUnlocks unlocks;
    private final Map<String, Instant> nextAllowed = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, LoginUnlocks unlocks) {
        this.clock = clock;
        this.unlocks = unlocks;
        this.byEmailAndAddress = new RateLimiter(FAILURES, Duration.ofMinutes(WINDOW_MINUTES), clock);
        this.byAddress = new RateLimiter(FAILURES * 4, Duration.ofMinutes(WINDOW_MINUTES), clock);
        this.byEmail = new RateLimiter(Integer.MAX_VALUE, Duration.ofMinutes(WINDOW_MINUTES), clock);
    }

    /** As {@link #isBlocked(String, String)}; a session holding an opened unlock link for the address never is. */
    boolean isBlocked(String email, String address, jakarta.servlet.http.HttpSession session) {
        return !unlocks.passes(session, email) && isBlocked(email, address);
    }

    boolean isBlocked(String email, String address) {
        Instant allowed = nextAllowed.get(key(email));
        return byEmailAndAddress.isBlocked(pair(email, address)) || byAddress.isBlocked(address)
                || (allowed != null && clock.instant().isBefore(allowed));
    }

    void failed(String email, String address) {
        byEmailAndAddress.tryAcquire(pair(email, address));
        byAddress.tryAcquire(address);
        byEmail.tryAcquire(key(email));
        int failures = byEmail.count(key(email));
        if (byEmailAndAddress.isBlocked(pair(email, address)) || failures == FAILURES * 2 + 1) {
            // blocked here (perhaps where the real user is, too) or slowed everywhere: the owner gets a way in
            unlocks.offer(email);
        }
        if (failures > FAILURES * 2) {
            long seconds = Math.min(LONGEST_BACKOFF.toSeconds(), 1L << Math.min(20, failures - FAILURES * 2));
            nextAllowed.put(key(email), clock.instant().plusSeconds(seconds));
            if (nextAllowed.size() > 100_000) {
                nextAllowed.entrySet().removeIf(entry -> entry.getValue().isBefore(clock.instant()));
            }
        }
    }

    void succeeded(String email, String address) {
        byEmailAndAddress.reset(pair(email, address));
        byEmail.reset(key(email));
        nextAllowed.remove(key(email));
    }

    long minutesToWait(String email, String address) {
        Instant allowed = nextAllowed.get(key(email));
        long backoff = allowed == null ? 0 : Math.max(0, Duration.between(clock.instant(), allowed).toSeconds());
        long pairWait = byEmailAndAddress.isBlocked(pair(email, address))
                ? byEmailAndAddress.retryAfter(pair(email, address)).toSeconds() : 0;
        long addressWait = byAddress.isBlocked(address) ? byAddress.retryAfter(address).toSeconds() : 0;
        long seconds = Math.max(backoff, Math.max(pairWait, addressWait));
        return Math.max(1, (seconds + 59) / 60);
    }

    private static String pair(String email, String address) {
        return key(email) + "|" + address;
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
