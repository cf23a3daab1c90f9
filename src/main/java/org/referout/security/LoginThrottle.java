package org.referout.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.referout.web.RateLimiter;
import org.springframework.stereotype.Component;

/**
 * Login throttling (C1): after {@value #FAILURES} failed attempts for one e-mail, or 4× that from one address,
 * within {@value #WINDOW_MINUTES} minutes, further attempts are refused until the window ends, right password
 * or not. Counting both keys stops one address guessing many accounts as well as many addresses guessing one.
 */
@Component
class LoginThrottle {

    static final int FAILURES = 5;
    static final int WINDOW_MINUTES = 15;

    private final RateLimiter byEmail;
    private final RateLimiter byAddress;

    LoginThrottle(Clock clock) {
        this.byEmail = new RateLimiter(FAILURES, Duration.ofMinutes(WINDOW_MINUTES), clock);
        this.byAddress = new RateLimiter(FAILURES * 4, Duration.ofMinutes(WINDOW_MINUTES), clock);
    }

    boolean isBlocked(String email, String address) {
        return byEmail.isBlocked(key(email)) || byAddress.isBlocked(address);
    }

    void failed(String email, String address) {
        byEmail.tryAcquire(key(email));
        byAddress.tryAcquire(address);
    }

    void succeeded(String email) {
        byEmail.reset(key(email));
    }

    long minutesToWait(String email, String address) {
        long seconds = Math.max(byEmail.retryAfter(key(email)).toSeconds(), byAddress.retryAfter(address).toSeconds());
        return Math.max(1, (seconds + 59) / 60);
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
