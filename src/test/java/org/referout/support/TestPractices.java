package org.referout.support;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.referout.practice.ApiTokens;
import org.referout.practice.NewPractice;
import org.referout.practice.NewUser;
import org.referout.practice.Practices;
import org.referout.practice.Role;
import org.referout.practice.User;
import org.referout.security.SignedInUser;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Makes practices with an owner, a therapist and a front-desk user, and signs them in for MockMvc. */
@TestComponent
public class TestPractices {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public record Team(User owner, User therapist, User frontDesk) {
        public org.referout.practice.PracticeId id() {
            return owner.practiceId();
        }
    }

    private final Practices practices;
    private final ApiTokens tokens;
    private final JdbcClient jdbc;

    TestPractices(Practices practices, ApiTokens tokens, JdbcClient jdbc) {
        this.practices = practices;
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    /**
     * Marks the user's e-mail address verified, as opening the mailed link does, for tests about something else.
     * {@code EmailVerificationTests} proves the link itself over real SMTP.
     */
    public User withVerifiedEmail(User user) {
        jdbc.sql("update app_user set email_verified_at = current_timestamp where practice_id = :p and id = :id")
            .param("p", user.practiceId().value())
            .param("id", user.id().value())
            .update();
        return user;
    }

    public Team newPractice(String label) {
        String unique = label.toLowerCase().replaceAll("[^a-z0-9]", "") + "-" + System.nanoTime() + "-"
                + SEQUENCE.incrementAndGet();
        User owner = practices.signUp(new NewPractice(label + " Massage", label + " Owner",
                "owner-" + unique + "@example.test", PASSWORD));
        List<User> staff = practices.addUsers(owner.asCurrentPractice(), List.of(
                new NewUser("therapist-" + unique + "@example.test", label + " Therapist", Role.THERAPIST),
                new NewUser("desk-" + unique + "@example.test", label + " Front Desk", Role.FRONT_DESK)), PASSWORD);
        return new Team(owner, staff.get(0), staff.get(1));
    }

    /** MockMvc: perform the request as this user (a signed-in web session). */
    public static RequestPostProcessor as(User user) {
        return SecurityMockMvcRequestPostProcessors.user(new SignedInUser(user));
    }

    /** A fresh API token for this user, for {@code Authorization: Bearer}. */
    public String token(User user) {
        return tokens.create(user.asCurrentPractice(), "test");
    }

    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }
}
