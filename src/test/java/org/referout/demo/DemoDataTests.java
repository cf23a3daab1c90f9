package org.referout.demo;

import java.time.LocalDate;
import java.util.Optional;

import org.referout.insights.Caseload;
import org.referout.insights.Insights;
import org.referout.practice.PracticeId;
import org.referout.practice.Practices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.referout.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;

/** The demo practice (C0): created once on an empty database, with every kind of trajectory and a history. */
@SpringBootTest(properties = "referout.demo=true")
@ContextConfiguration(initializers = TestDatabase.class)
class DemoDataTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Insights insights;

    @Autowired
    Practices practices;

    @Autowired
    java.time.Clock clock;

    @Test
    void theDemoPracticeHasTherapistsClientsAndClosedEpisodes() {
        assertThat(count("select count(*) from practice")).isEqualTo(1);
        String hash = jdbc.sql("select password_hash from app_user where email = 'demo@referout.example'")
            .query(String.class).single();
        assertThat(passwords.matches(DemoData.PASSWORD, hash)).isTrue();
        assertThat(count("select count(*) from app_user where role = 'THERAPIST'")).isEqualTo(2);
        assertThat(count("select count(*) from episode where status = 'ACTIVE'")).isGreaterThanOrEqualTo(12);
        assertThat(count("select count(*) from episode where status <> 'ACTIVE'")).isGreaterThanOrEqualTo(40);
        List<Long> visitsPerActive = jdbc.sql("""
                select count(v.id) from episode e left join visit v on v.practice_id = e.practice_id and v.episode_id = e.id
                where e.status = 'ACTIVE' group by e.id""").query(Long.class).list();
        assertThat(visitsPerActive).contains(1L, 2L, 3L, 4L, 6L);
        // DemoDirectory: a generated NPPES file imported, and referral partners with notes (one added by hand)
        assertThat(count("select count(*) from directory_provider")).isGreaterThan(2_900);
        // all five kinds found near the practice (not added by hand): the regional file is dense enough
        assertThat(count("select count(*) from partner where npi is not null")).isEqualTo(5);
        assertThat(count("select count(*) from partner where notes is not null")).isGreaterThanOrEqualTo(4);
        // one added by hand, and the three recipients of the demo's referrals (ReferralDemo), so partner pages count them
        assertThat(count("select count(*) from partner where npi is null")).isEqualTo(4);
        assertThat(count("select count(*) from referral_recipient where partner_id is not null")).isEqualTo(3);
    }

    /**
     * Issue 16 item 5d: Maya's low-back clients did not respond in the demo's history, a gap bigger than chance, so
     * the insights page has a real continuing-education suggestion to show, computed by the same rule as for anyone.
     */
    @Test
    void theDemoHasAContinuingEducationSuggestionForMaya() {
        var owner = practices.users(new PracticeId(jdbc.sql("select id from practice").query(Long.class).single()))
            .stream().filter(user -> user.email().equals(DemoData.OWNER_EMAIL)).findFirst().orElseThrow()
            .asCurrentPractice();
        LocalDate today = LocalDate.now(clock);
        Caseload caseload = insights.caseload(owner, today.minusMonths(12), today, Optional.empty());
        var maya = caseload.suggestions().stream().filter(group -> group.who().startsWith("Maya")).findFirst()
            .orElseThrow();
        assertThat(maya.suggestions()).extracting(s -> s.outcome().label()).containsExactly("Low back pain");
        assertThat(maya.suggestions().get(0).why()).contains("clearly lower than the practice's overall rate");
    }

    @Test
    void theDemoIsNotCreatedTwice() throws Exception {
        long before = count("select count(*) from client");
        // A second ready event (a restart on the same database) must not add another practice.
        jdbc.sql("select 1").query(Long.class).single();
        assertThat(count("select count(*) from practice")).isEqualTo(1);
        assertThat(count("select count(*) from client")).isEqualTo(before);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
