package org.referout.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.servlet.http.HttpSession;

import org.referout.practice.Practices;
import org.referout.practice.Secrets;
import org.referout.web.OneLine;
import org.referout.web.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/**
 * The way past a slowed-down sign-in (issue 17 item 6): when guesses slow an account down, its owner is mailed a
 * one-time link, and the browser that opens it may sign in at once, even from an address the guesser shares (a
 * clinic's network, a mobile carrier's NAT). The link is held hashed, in memory like the throttle it lifts, for an
 * hour. The mail goes from a background thread, so the answer to a wrong password takes the same time whether or
 * not the address has an account.
 */
@Component
class LoginUnlocks {

    static final Duration LIFETIME = Duration.ofHours(1);
    private static final String SESSION_KEY = LoginUnlocks.class.getName();
    private static final Logger log = LoggerFactory.getLogger(LoginUnlocks.class);

    private record Pending(String email, Instant expires) {
    }

    /** What an opened link leaves in the session: this address may sign in here without waiting, until then. */
    record Pass(String email, Instant expires) implements java.io.Serializable {
    }

    private final Practices practices;
    private final OutgoingMail mail;
    private final Clock clock;
    private final String baseUrl;
    private final String from;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastMailed = new ConcurrentHashMap<>();
    private final ExecutorService sending = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "login-unlock-mail");
        thread.setDaemon(true);
        return thread;
    });

    LoginUnlocks(Practices practices, OutgoingMail mail, Clock clock,
            @Value("${referout.base-url:http://localhost:8080}") String baseUrl,
            @Value("${referout.mail.from:referrals@referout.local}") String from) {
        this.practices = practices;
        this.mail = mail;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    /** The account has just started to slow down: mail its owner a link, at most once an hour. */
    void offer(String email) {
        String key = key(email);
        Instant now = clock.instant();
        Instant last = lastMailed.get(key);
        if (last != null && last.plus(LIFETIME).isAfter(now)) {
            return;
        }
        lastMailed.put(key, now);
        sending.execute(() -> mailLink(key, now));
    }

    /** Opens a mailed link: true, and the session holds a pass, when it is known, unused and in time. */
    boolean open(String token, HttpSession session) {
        Pending found = token == null ? null : pending.remove(Secrets.hash(token));
        if (found == null || !found.expires().isAfter(clock.instant())) {
            return false;
        }
        session.setAttribute(SESSION_KEY, new Pass(found.email(), found.expires()));
        return true;
    }

    /** Whether this session holds a pass for this address. */
    boolean passes(HttpSession session, String email) {
        Object pass = session == null ? null : session.getAttribute(SESSION_KEY);
        return pass instanceof Pass held && held.email().equals(key(email)) && held.expires().isAfter(clock.instant());
    }

    private void mailLink(String email, Instant now) {
        try {
            Optional<org.referout.practice.User> user = practices.userForSignIn(email);
            var sender = mail.sender();
            if (user.isEmpty() || !user.get().enabled() || sender.isEmpty()) {
                return;
            }
            String token = Secrets.newToken();
            pending.entrySet().removeIf(entry -> !entry.getValue().expires().isAfter(now));
            pending.put(Secrets.hash(token), new Pending(email, now.plus(LIFETIME)));
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(user.get().email());
            message.setSubject("Sign in to ReferOut without waiting");
            message.setText("""
                    Hello %s,

                    Someone has tried many wrong passwords for your ReferOut account, so signing in with it now
                    makes you wait a little between tries.

                    If that was you, or you want to sign in now, open this link on the device you sign in with:

                    %s/login/unlock/%s

                    The link works once, for one hour. If you did not try to sign in, your account is safe: the
                    wrong tries were refused. You do not need to do anything.
                    """.formatted(OneLine.of(user.get().displayName()), baseUrl, token));
            sender.get().send(message);
        }
        catch (RuntimeException e) {
            log.warn("Unlock mail failed: {}", e.getMessage());
        }
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
