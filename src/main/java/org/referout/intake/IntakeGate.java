package org.referout.intake;

import java.time.Clock;
import java.time.Duration;

import org.referout.practice.Secrets;
import org.referout.web.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rate limits of the anonymous intake pages (C4, Q): every request per IP address, unknown or tampered tokens per IP
 * (a guesser is shut out long before 256-bit tokens could be found), and answer submissions per link. A guesser's
 * limit applies to unknown tokens only: a client behind the same address (a clinic's wifi, a carrier's NAT) still
 * opens her real link.
 */
@Component
class IntakeGate {

    private final RateLimiter requests;
    private final RateLimiter badTokens;
    private final RateLimiter submissions;

    IntakeGate(Clock clock, @Value("${referout.intake.requests-per-ip:120}") int requestsPerIp,
            @Value("${referout.intake.bad-tokens-per-ip:10}") int badTokensPerIp,
            @Value("${referout.intake.submissions-per-link:60}") int submissionsPerLink) {
        this.requests = new RateLimiter(requestsPerIp, Duration.ofMinutes(10), clock);
        this.badTokens = new RateLimiter(badTokensPerIp, Duration.ofHours(1), clock);
        this.submissions = new RateLimiter(submissionsPerLink, Duration.ofHours(1), clock);
    }

    /** Counts a request; throws when this address has made too many. */
    void enter(String ip) {
        if (!requests.tryAcquire(ip)) {
            throw new TooManyAttempts(requests.retryAfter(ip));
        }
    }

    /** Counts one answer submission through this link; the key is the token's hash, never the token. */
    void submit(String token) {
        String key = Secrets.hash(token == null ? "" : token);
        if (!submissions.tryAcquire(key)) {
            throw new TooManyAttempts(submissions.retryAfter(key));
        }
    }

    /** Counts an unknown token; throws when this address has guessed too many. */
    void badToken(String ip) {
        if (!badTokens.tryAcquire(ip)) {
            throw new TooManyAttempts(badTokens.retryAfter(ip));
        }
    }

    /** Answered with 429 and a page that says when to try again. */
    static class TooManyAttempts extends RuntimeException {

        private final Duration retryAfter;

        TooManyAttempts(Duration retryAfter) {
            super("too many attempts");
            this.retryAfter = retryAfter;
        }

        long retryAfterSeconds() {
            return Math.max(1, retryAfter.toSeconds());
        }
    }
}
