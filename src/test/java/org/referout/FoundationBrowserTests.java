package org.referout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.referout.support.Browser;
import org.referout.support.BrowserPage;
import org.referout.support.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 2, acceptance 3: in headless Chromium at tablet size, a therapist signs up a practice, creates a client
 * and an episode, records three visits with scores by tapping, and sees them on the episode page.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class FoundationBrowserTests {

    @org.junit.jupiter.api.extension.RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension mail = org.referout.support.TestMail.server();

    @org.springframework.test.context.DynamicPropertySource
    static void smtp(org.springframework.test.context.DynamicPropertyRegistry registry) {
        org.referout.support.TestMail.pointAt(mail, registry);
    }

    @LocalServerPort
    int port;

    WebDriver browser;
    BrowserPage page;

    @BeforeEach
    void open() {
        browser = Browser.start(Browser.TABLET);
        page = new BrowserPage(browser, port);
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void signUpCreateAClientAndAnEpisodeAndRecordThreeVisits() {
        page.signUp(mail, "Gentle Pressure Massage", "Robin Park", "robin-" + System.nanoTime() + "@example.test",
                "a-long-enough-password");
        assertThat(browser.getCurrentUrl()).doesNotContain("/signup");

        page.go("/clients/new");
        page.type("firstName", "Morgan");
        page.type("lastName", "Ellis");
        page.setValue("dateOfBirth", "1979-04-12");
        page.type("zip", "10011");
        browser.findElement(By.id("treatmentConsent")).click();
        page.submit();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Morgan");

        browser.findElement(By.cssSelector("a[href$='/episodes/new']")).click();
        page.tap("complaint-LOW_BACK_PAIN");
        page.tap("primary-NPRS");
        page.type("activity-0", "Carry groceries up the stairs");
        page.setValue("startDate", LocalDate.now().minusDays(21).toString());
        page.submit();
        String episodeUrl = browser.getCurrentUrl();
        assertThat(episodeUrl).matches(".*/episodes/\\d+$");

        int[] pain = { 7, 5, 4 };
        int[] activity = { 3, 5, 6 };
        for (int visit = 0; visit < 3; visit++) {
            page.go(episodeUrl.substring(episodeUrl.indexOf("/episodes")) + "/visits/new");
            page.tap("nprs-" + pain[visit]);
            page.tap("psfs0-" + activity[visit]);
            page.tap("technique-SWEDISH");
            page.setValue("date", LocalDate.now().minusDays(14 - 7L * visit).toString());
            if (visit == 2) {
                Browser.screenshot(browser, "foundation-visit-form");
            }
            page.submit();
            // Wait for the saved visit's redirect before the next page load, or the two navigations race.
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(driver -> driver.getCurrentUrl().matches(".*/episodes/\\d+(\\?.*)?$"));
        }

        browser.get(episodeUrl);
        String shown = browser.findElement(By.tagName("main")).getText();
        List<WebElement> rows = browser.findElements(By.cssSelector("table tbody tr"));
        Browser.screenshot(browser, "foundation-episode-page");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        assertThat(shown).contains("7", "5", "4").contains("Carry groceries up the stairs");
    }
}
