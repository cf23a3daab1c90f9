package org.referout.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.referout.episode.EpisodeId;
import org.referout.support.Browser;
import org.referout.support.TestClockConfiguration;
import org.referout.support.TestDatabase;
import org.referout.support.TestPractices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * C3 end to end in a real browser: a therapist records visits on the tablet form until the episode turns red,
 * finds the alert on the home page, completes the off-track review with a decision, and sees the progress chart
 * with the expected band and the alert markers. Screenshots go to target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ TestPractices.class, TestClockConfiguration.class, ProgressFixtures.class })
class ProgressBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TestPractices practices;
    @Autowired
    ProgressFixtures fixtures;

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
    void visitsTurnAnEpisodeRedTheAlertIsReviewedAndTheChartShowsTheBand() {
        var team = practices.newPractice("ProgressBrowser");
        var by = team.therapist().asCurrentPractice();
        EpisodeId episode = fixtures.lowBackPain(by, fixtures.client(by, "Robin", "Worse"));
        signIn(team.therapist().email());

        recordVisit(episode, 5);
        assertThat(driver.findElement(By.id("status")).getAttribute("class")).contains("GREY");
        recordVisit(episode, 8);
        assertThat(driver.findElement(By.id("status")).getAttribute("class")).contains("AMBER");
        recordVisit(episode, 9);
        assertThat(driver.findElement(By.id("status")).getAttribute("class")).contains("RED");
        assertThat(driver.findElement(By.id("recommendation")).getText()).isEqualTo("refer");

        // the alerts are raised after the visit commits (VisitRecorded listener): reload until the red one shows;
        // issue 15 item 3: one card per episode, the red alert supersedes the amber one
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            open("/");
            var cards = d.findElements(By.cssSelector("li.alert"));
            return cards.size() == 1 && cards.get(0).findElement(By.cssSelector(".status")).getAttribute("class")
                .contains("RED");
        });
        WebElement red = driver.findElements(By.cssSelector("li.alert")).get(0);
        assertThat(red.getText()).contains("Robin Worse").contains("Refer");
        assertThat(red.findElement(By.cssSelector(".status")).getAttribute("class")).contains("RED");
        Browser.screenshot(driver, "progress-1-home-alerts");

        red.findElement(By.linkText("Review and decide")).click();
        assertThat(driver.findElement(By.id("technique-SWEDISH")).isSelected()).isTrue();
        tap("homework-PARTLY");
        tap("life-POOR_SLEEP");
        tap("expectations-REALISTIC");
        tap("alliance-GOOD");
        tap("newSymptoms-yes");
        tap("flag-NIGHT_PAIN");
        tap("decision-REFER");
        driver.findElement(By.id("note")).sendKeys("Referring to her GP about the night pain");
        Browser.screenshot(driver, "progress-2-off-track-review");
        driver.findElement(By.id("acknowledge")).click();

        assertThat(driver.findElement(By.id("advice")).getText()).contains("Refer because of the red flag");
        assertThat(driver.findElement(By.id("red-flag-level")).getText()).containsIgnoringCase("refer");
        assertThat(driver.findElement(By.id("decision")).getText()).contains("Refer");
        Browser.screenshot(driver, "progress-3-decision");
        open("/");
        // the decided alert does not bring the older amber one back
        assertThat(driver.findElements(By.cssSelector("li.alert"))).isEmpty();
        assertThat(driver.findElement(By.id("no-alerts")).isDisplayed()).isTrue();

        open("/episodes/" + episode.value());
        WebElement chart = driver.findElement(By.cssSelector("#chart svg"));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.findElements(By.cssSelector("#progress-chart-expected-band path"))).isNotEmpty();
        assertThat(chart.findElements(By.cssSelector("#progress-chart-alert-markers path"))).hasSize(2);
        assertThat(driver.findElement(By.id("chart-table")).getText()).contains("Refer");
        Browser.screenshot(driver, "progress-4-episode-chart");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('chart').scrollIntoView({block: 'start'})");
        Browser.screenshot(driver, "progress-5-chart-in-view");
    }

    private void recordVisit(EpisodeId episode, int pain) {
        open("/episodes/" + episode.value() + "/visits/new");
        tap("nprs-" + pain);
        tap("technique-SWEDISH");
        driver.findElement(By.xpath("//button[normalize-space()='Save visit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(d -> d.getCurrentUrl().endsWith("/episodes/" + episode.value()));
    }

    /** The inputs are visually hidden behind big labels (tap targets): tap the label. */
    private void tap(String inputId) {
        Browser.click(driver, driver.findElement(By.cssSelector("label[for='" + inputId + "']")));
    }

    private void signIn(String email) {
        open("/login");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(TestPractices.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }
}
