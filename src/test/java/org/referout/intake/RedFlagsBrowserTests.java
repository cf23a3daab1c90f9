package org.referout.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.referout.client.ClientDetails;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.clinical.RedFlag;
import org.referout.episode.EpisodeId;
import org.referout.episode.EpisodeStart;
import org.referout.episode.Episodes;
import org.referout.episode.ScoreInput;
import org.referout.episode.VisitInput;
import org.referout.episode.VisitNotes;
import org.referout.practice.CurrentPractice;
import org.referout.progress.Alert;
import org.referout.progress.Alerts;
import org.referout.referral.ConsentGiven;
import org.referout.referral.ConsentMethod;
import org.referout.referral.DataShared;
import org.referout.referral.NewReferral;
import org.referout.referral.RecipientDetails;
import org.referout.referral.RecipientId;
import org.referout.referral.ReferralId;
import org.referout.referral.Referrals;
import org.referout.referral.Urgency;
import org.referout.support.Browser;
import org.referout.support.TestDatabase;
import org.referout.support.TestPractices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 15, "what was seen" 1, replayed in a real browser and reversed at every point. A client with an active
 * low-back episode answers an intake link on her phone with "yes" to saddle numbness; the intake makes a second
 * episode. On the therapist's tablet the first episode now shows the emergency banner, refuses a treatment visit
 * without a written reason, its off-track review shows the client's flag level (not "none"), and its referral
 * letter and the recipient's page list the red-flag answer. Screenshots: target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestPractices.class)
class RedFlagsBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TestPractices practices;
    @Autowired
    Intakes intakes;
    @Autowired
    Clients clients;
    @Autowired
    Episodes episodes;
    @Autowired
    Alerts alerts;
    @Autowired
    Referrals referrals;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    WebDriver driver;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void tap(String labelFor) {
        Browser.click(driver, driver.findElement(By.cssSelector("label[for='" + labelFor + "']")));
    }

    void type(String id, String text) {
        driver.findElement(By.id(id)).sendKeys(text);
    }

    void next() {
        Browser.clickAndLoad(driver, driver.findElement(By.cssSelector("form.stack button[type=submit]")));
    }

    void accessible(String page) {
        Browser.screenshot(driver, page);
        assertThat(Browser.seriousAccessibilityViolations(driver)).as("axe-core on " + page).isEmpty();
    }

    @Test
    void aSaddleNumbnessAnswerOnASecondEpisodeIsSeenOnTheFirstEverywhere() {
        var team = practices.newPractice("FlagsBrowser");
        CurrentPractice therapist = team.therapist().asCurrentPractice();
        ClientId client = clients.create(therapist, new ClientDetails("Rosa", "Mendes", LocalDate.of(1971, 5, 2),
                null, null, null, null, null, null, "62701", "English", true));
        LocalDate start = LocalDate.now(clock).minusWeeks(4);
        EpisodeId lowBack = episodes.start(therapist, client, new EpisodeStart("LOW_BACK_PAIN", false, List.of(),
                "Garden again", "NPRS", List.of(), start));
        for (int week = 0; week < 4; week++) {
            episodes.recordVisit(therapist, lowBack, new VisitInput(start.plusWeeks(week), 60, List.of("SWEDISH"),
                    VisitNotes.NONE, List.of(new ScoreInput("NPRS", BigDecimal.valueOf(7), null))));
        }
        // every visit's listener has run (a later alert supersedes an earlier one): take the open one
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from event_publication where completion_date is null").query(Integer.class).single() == 0
                && alerts.forEpisode(team.id(), lowBack).stream().anyMatch(Alert::isOpen));
        Alert plateau = alerts.forEpisode(team.id(), lowBack).stream().filter(Alert::isOpen).findFirst().orElseThrow();

        // The client, on her phone, answers an intake link: yes to saddle numbness.
        driver = Browser.start(Browser.PHONE);
        driver.get(url("/intake/" + intakes.create(therapist, client, LinkKind.INTAKE, null, true).token()));
        for (String[] field : new String[][] {{"firstName", "Rosa"}, {"lastName", "Mendes"}, {"email", "rosa@example.test"}}) {
            driver.findElement(By.id(field[0])).clear();
            type(field[0], field[1]);
        }
        next();
        Browser.screenshot(driver, "red-flags-0-intake-step-2");
        tap("complaint-NECK_PAIN");
        tap("duration-WEEKS");
        next();
        for (RedFlag flag : RedFlag.values()) {
            tap("flags." + flag.name() + (flag == RedFlag.SADDLE_NUMBNESS ? "-yes" : "-no"));
        }
        next();
        tap("nprs-5");
        tap("peg1-5");
        tap("peg2-5");
        tap("peg3-5");
        type("activity1", "Drive");
        tap("rating1-5");
        next();
        tap("consentTreatment");
        tap("consentSharing");
        next();
        assertThat(driver.getPageSource()).contains("Please get medical help today");
        EpisodeId second = intakes.links(therapist, client).get(0).episode();
        assertThat(second).isNotEqualTo(lowBack);
        driver.quit();

        // The therapist, on her tablet, opens the first episode.
        driver = Browser.start(Browser.TABLET);
        driver.get(url("/login"));
        type("email", team.therapist().email());
        type("password", TestPractices.PASSWORD);
        Browser.clickAndLoad(driver, driver.findElement(By.cssSelector("main button[type=submit]")));

        driver.get(url("/episodes/" + lowBack));
        var banner = driver.findElement(By.cssSelector(".red-flags[data-level='REFER_EMERGENCY']"));
        assertThat(banner.getText()).contains("Saddle numbness").contains("every episode");
        accessible("red-flags-1-first-episode-banner");

        driver.get(url("/clients/" + client));
        assertThat(driver.findElements(By.cssSelector(".red-flags[data-level='REFER_EMERGENCY']"))).hasSize(1);
        Browser.screenshot(driver, "red-flags-2-client-page");

        // No treatment visit on the first episode without a written reason.
        int visits = episodes.visits(therapist, lowBack).size();
        driver.get(url("/episodes/" + lowBack + "/visits/new"));
        tap("nprs-7");
        Browser.clickAndLoad(driver, driver.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(driver.findElement(By.id("overrideReason-error")).getText())
            .contains("emergency red flag").contains("Saddle numbness").doesNotContain("REFER_EMERGENCY");
        assertThat(episodes.visits(therapist, lowBack)).hasSize(visits);
        Browser.screenshot(driver, "red-flags-3-visit-needs-override");

        // The first episode's off-track review shows the client's flag and, decided, its level.
        driver.get(url("/alerts/" + plateau.id()));
        assertThat(driver.findElements(By.cssSelector(".red-flags[data-level='REFER_EMERGENCY']"))).hasSize(1);
        tap("homework-DONE");
        tap("expectations-REALISTIC");
        tap("alliance-GOOD");
        tap("decision-REFER");
        Browser.clickAndLoad(driver, driver.findElement(By.id("acknowledge")));
        assertThat(driver.findElement(By.id("review-red-flag-level")).getText()).isEqualTo("Emergency");
        accessible("red-flags-4-off-track-review-decided");

        // Its referral letter and the recipient's page list the answer.
        RecipientId gp = referrals.addRecipient(therapist, RecipientDetails.byHand("Dr Gomez", "Physician", null,
                "555-0100"));
        ReferralId referral = referrals.create(therapist, lowBack, new NewReferral(Urgency.URGENT,
                "Saddle numbness reported", "Please assess today", "HAND", List.of(gp)));
        driver.get(url("/referrals/" + referral));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Red flags: Saddle numbness");
        referrals.recordConsent(therapist, referral, gp, new ConsentGiven("Rosa Mendes", ConsentMethod.IN_PERSON,
                DataShared.all()));
        referrals.send(therapist, referral, List.of(gp));
        var credentials = referrals.credentials(therapist, referral, gp).orElseThrow();
        driver.get(url(credentials.path()));
        type("code", credentials.code());
        Browser.clickAndLoad(driver, driver.findElement(By.cssSelector("main form button[type=submit]")));
        String recipient = driver.findElement(By.tagName("main")).getText();
        assertThat(recipient).contains("Saddle numbness").doesNotContain("No red-flag answers recorded");
        accessible("red-flags-5-recipient-page");
        driver.quit();

        // Item 2: the banner's "What to do now" leads to the emergency page; one tap keeps what was done.
        driver = Browser.start(Browser.PHONE);
        driver.get(url("/login"));
        type("email", team.therapist().email());
        type("password", TestPractices.PASSWORD);
        Browser.clickAndLoad(driver, driver.findElement(By.cssSelector("main button[type=submit]")));
        driver.get(url("/episodes/" + second));
        Browser.clickAndLoad(driver, driver.findElement(By.id("emergency-action")));
        assertThat(driver.findElement(By.id("what-to-do-now")).getText())
            .contains("The client needs the emergency department today").doesNotContain("REFER_EMERGENCY");
        accessible("emergency-1-what-to-do-now");
        tap("outcome-SENT_TO_EMERGENCY_DEPARTMENT");
        type("note", "Her husband drove her to Memorial");
        Browser.clickAndLoad(driver, driver.findElement(By.id("record-emergency")));
        assertThat(driver.findElement(By.id("recorded")).getText()).contains("Sent to the emergency department");
        accessible("emergency-2-recorded");
    }
}
