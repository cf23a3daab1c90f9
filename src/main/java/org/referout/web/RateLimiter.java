package org.referout.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed-window counter per key (an IP address, an e-mail, a link): at most {@code limit} attempts per window.
 * Used for login throttling and for the anonymous intake and recipient links (Q: each is rate-limited).
 * In memory on purpose: it protects one node; behind a load balancer each node limits its own share.
 */
public final class RateLimiter {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one attempt; false when the key has used up its attempts in this window. */
    public boolean tryAcquire(String key) {
        Instant now = clock.instant();
        Window current = windows.compute(key, (k, w) -> w == null || w.endsBefore(now)
                ? new Window(now.plus(window), 1) : new Window(w.end, w.count + 1));
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(entry -> entry.getValue().endsBefore(now));
        }
        return current.count <= limit;
    }

    /** Whether the key is blocked now, without counting an attempt. */
    public boolean isBlocked(String key) {
        Window current = windows.get(key);
        return current != null && !current.endsBefore(clock.instant()) && current.count >= limit;
    }

    /** Attempts counted for the key in its current window (0 when none). */
    public int count(String key) {
        Window current = windows.get(key);
        return current == null || current.endsBefore(clock.instant()) ? 0 : current.count;
    }

    public void reset(String key) {
        windows.remove(key);
    }

    public Duration retryAfter(String key) {
        Window current = windows.get(key);
        return current == null ? Duration.ZERO : Duration.between(clock.instant(), current.end);
    }

    private record Window(Instant end, int count) {
        boolean endsBefore(Instant now) {
            return !now.isBefore(end);
        }
    }
}
