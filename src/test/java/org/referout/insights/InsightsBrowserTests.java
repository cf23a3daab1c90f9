package org.referout.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.referout.client.Clients;
import org.referout.clinical.CbiItem;
import org.referout.clinical.CbiScale;
import org.referout.episode.DischargeReason;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.support.Browser;
import org.referout.support.TestClockConfiguration;
import org.referout.support.TestDatabase;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * C7 in a real browser: a therapist looks at their caseload dashboard and takes the burnout self-check on a tablet.
 * Screenshots go to target/screenshots; axe-core must find no serious or critical accessibility violation.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ TestPractices.class, TestClockConfiguration.class })
class InsightsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestPractices practices;

    @Autowired
    Clients clients;

    @Autowired
    Episodes episodes;

    WebDriver driver;

    @BeforeEach
    void start() {
        driver = Browser.start(Browser.TABLET);
    }

    @AfterEach
    void stop() {
        driver.quit();
    }

    @Test
    void theDashboardShowsCountsIntervalsAndPerspective() {
        Team team = practices.newPractice("Browser insights");
        CaseloadFixture fixture = new CaseloadFixture(clients, episodes);
        LocalDate start = LocalDate.now().minusMonths(3);
        for (int i = 0; i < 8; i++) {
            fixture.episode(team.therapist(), "NECK_PAIN", start.plusDays(i), List.of("SWEDISH"), 8, 3, 1);
        }
        // Three unchanged for six visits and never reviewed (missed); one referred out after four (in time).
        for (int i = 0; i < 3; i++) {
            fixture.episode(team.therapist(), "NECK_PAIN", start.plusDays(10 + i), List.of("DEEP_TISSUE"),
                    7, 7, 7, 7, 7, 7);
        }
        EpisodeId referred = fixture.episode(team.therapist(), "NECK_PAIN", start.plusDays(14), List.of("DEEP_TISSUE"),
                7, 7, 7, 7);
        fixture.close(team.therapist(), referred, DischargeReason.REFERRED_OUT);
        fixture.episode(team.therapist(), "LOW_BACK_PAIN", start.plusDays(20), List.of("SWEDISH"), 6, 8);
        signIn(team.therapist().email());

        open("/insights?from=" + start.minusDays(1) + "&to=" + LocalDate.now());
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Browser insights Therapist");
        assertThat(driver.findElement(By.id("overall")).getText()).contains("8 of 13", "95 % CI");
        assertThat(driver.findElement(By.id("by-complaint-table")).getText()).contains("too few to say");
        assertThat(driver.findElement(By.id("perspective")).getText())
            .contains("Some clients do not get better, and that is expected", "Sherman 2009", "Elder 2017");
        assertThat(driver.findElement(By.id("timely-share")).getText()).contains("1 of 4");
        assertThat(driver.findElements(By.cssSelector("#missed tbody tr"))).hasSize(3);
        assertThat(driver.findElement(By.cssSelector("svg[role=img] title")).getAttribute("textContent"))
            .contains("important improvement");
        Browser.screenshot(driver, "insights-01-dashboard");
        assertThat(Browser.seriousAccessibilityViolations(driver)).isEmpty();
    }

    @Test
    void aTherapistTakesTheBurnoutSelfCheck() {
        Team team = practices.newPractice("Browser burnout");
        signIn(team.therapist().email());
        open("/insights/burnout");
        assertThat(driver.findElement(By.id("reminder-due")).isDisplayed()).isTrue();
        assertThat(Browser.seriousAccessibilityViolations(driver)).isEmpty();
        driver.findElement(By.id("take-check")).click();
        assertThat(driver.findElements(By.tagName("fieldset"))).hasSize(19);
        assertThat(Browser.seriousAccessibilityViolations(driver)).isEmpty();
        for (CbiItem item : CbiItem.values()) {
            int points = item.scale() == CbiScale.CLIENT ? 25 : 75;
            WebElement label = driver.findElement(By.cssSelector("label[for='" + item.name() + "-" + points + "']"));
            label.click();
        }
        Browser.screenshot(driver, "insights-02-burnout-form");
        driver.findElement(By.id("save-check")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/insights/burnout"));
        String page = driver.findElement(By.tagName("main")).getText();
        // personal all 75; work 75 × 6 and "Often" on the reversed item 7 (= 25): 475 / 7 = 67.9; client all 25
        assertThat(page).contains("Only you can see your answers", "75.0", "67.9", "25.0", "Peer support",
                "Supervision", "Time off");
        assertThat(driver.findElements(By.id("reminder-due"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("#trend-heading + figure svg")).isDisplayed()).isTrue();
        Browser.screenshot(driver, "insights-03-burnout-results");
        assertThat(Browser.seriousAccessibilityViolations(driver)).isEmpty();
    }

    private void signIn(String email) {
        open("/login");
        type("email", email);
        type("password", TestPractices.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
