package org.referout.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.referout.client.ClientDetails;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.clinical.RedFlag;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.practice.CurrentPractice;
import org.referout.support.Browser;
import org.referout.support.TestDatabase;
import org.referout.support.TestPractices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * C4 in a real phone-sized browser: the client completes the intake with a saddle-numbness answer, the therapist's
 * episode page then shows the emergency banner, and a visit cannot be recorded without the override reason.
 * The questionnaire pages pass axe-core with no serious or critical violations. Screenshots: target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestPractices.class)
class IntakeBrowserTests {

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

    WebDriver driver;

    @BeforeEach
    void start() {
        driver = Browser.start(Browser.PHONE);
    }

    @AfterEach
    void stop() {
        driver.quit();
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
        List<String> violations = Browser.seriousAccessibilityViolations(driver);
        assertThat(violations).as("axe-core on " + page).isEmpty();
    }

    @Test
    void aClientCompletesTheIntakeOnAPhoneAndTheTherapistSeesTheEmergencyBanner() {
        var team = practices.newPractice("Browser");
        CurrentPractice therapist = team.therapist().asCurrentPractice();
        ClientId client = clients.create(therapist, new ClientDetails("Jane", "Doe", null, null, null, null, null,
                null, null, null, null, false));
        String token = intakes.create(therapist, client, LinkKind.INTAKE, null).token();

        driver.get(url("/intake/" + token));
        accessible("intake-1-about-you");
        type("firstName", "Jane");
        type("lastName", "Doe");
        type("email", "jane@example.test");
        next();

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("What brings you in");
        accessible("intake-2-problem");
        tap("complaint-LOW_BACK_PAIN");
        tap("duration-WEEKS");
        next();

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Health questions");
        // Issue 16 item 4: a blank page comes back with a focused summary that names every question in its own words
        next();
        var summary = driver.findElement(By.id("error-summary"));
        assertThat(driver.switchTo().activeElement()).isEqualTo(summary);
        String saddle = driver.findElement(By.id("flags." + RedFlag.SADDLE_NUMBNESS.name()))
            .findElement(By.tagName("legend")).getText().replaceAll("[?:]$", "");
        assertThat(summary.findElements(By.tagName("a"))).hasSize(RedFlag.values().length);
        assertThat(summary.getText()).contains(saddle + ": please answer yes or no");
        accessible("intake-3a-health-error-summary");
        for (RedFlag flag : RedFlag.values()) {
            tap("flags." + flag.name() + (flag == RedFlag.SADDLE_NUMBNESS ? "-yes" : "-no"));
        }
        accessible("intake-3-health");
        next();

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Pain and activities");
        tap("nprs-7");
        tap("peg1-7");
        tap("peg2-6");
        tap("peg3-5");
        type("activity1", "Lift my toddler");
        tap("rating1-3");
        accessible("intake-4-measures");
        next();

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your consent");
        next();
        // Missing consents: the page says so and stays.
        assertThat(driver.findElement(By.id("consentTreatment-error")).getText()).contains("agree to treatment");
        accessible("intake-5-consent-errors");
        tap("consentTreatment");
        tap("consentSharing");
        next();

        assertThat(driver.getPageSource()).contains("Please get medical help today");
        accessible("intake-6-done-emergency");

        EpisodeId episode = intakes.links(therapist, client).get(0).episode();
        driver.get(url("/login"));
        type("email", team.therapist().email());
        type("password", TestPractices.PASSWORD);
        Browser.clickAndLoad(driver, driver.findElement(By.cssSelector("main button[type=submit]")));

        driver.get(url("/episodes/" + episode));
        var banner = driver.findElement(By.cssSelector(".red-flags[data-level='REFER_EMERGENCY']"));
        assertThat(banner.getText()).contains("Saddle numbness").contains("Emergency department");
        Browser.screenshot(driver, "intake-7-episode-banner");

        int visits = episodes.visits(therapist, episode).size();
        driver.get(url("/episodes/" + episode + "/visits/new"));
        tap("nprs-6");
        Browser.clickAndLoad(driver, driver.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(driver.findElement(By.id("overrideReason-error")).getText()).contains("red flag");
        assertThat(episodes.visits(therapist, episode)).hasSize(visits);
        Browser.screenshot(driver, "intake-8-visit-needs-override");

        type("overrideReason", "Seen in the emergency department today and discharged; upper back only");
        Browser.clickAndLoad(driver, driver.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(driver.getCurrentUrl()).endsWith("/episodes/" + episode);
        assertThat(episodes.visits(therapist, episode)).hasSize(visits + 1);
    }
}
