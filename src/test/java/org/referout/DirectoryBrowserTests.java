package org.referout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.referout.directory.Directory;
import org.referout.directory.ImportProgress;
import org.referout.support.Browser;
import org.referout.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Provider directory, at tablet size: a therapist searches for chiropractors near a client's ZIP, adds one as a
 * referral partner with a note, searches again and finds that partner first, with the reason it ranks there.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class DirectoryBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    WebDriver browser;

    @BeforeEach
    void open() throws Exception {
        Path file = Files.createTempFile("nppes", ".csv");
        directory.generateNppes(file, 20_000, 0, 11);
        directory.importNppes(file, false, ImportProgress.Listener.NONE);
        browser = Browser.start(Browser.TABLET);
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void searchNearAClientAddAPartnerAndFindItFirst() {
        go("/signup");
        type("practiceName", "Hudson Yards Massage");
        type("ownerName", "Robin Park");
        type("ownerEmail", "robin-" + System.nanoTime() + "@example.test");
        type("password", "a-long-enough-password");
        submit();

        go("/clients/new");
        type("firstName", "Morgan");
        type("lastName", "Ellis");
        setValue("dateOfBirth", "1979-04-12");
        type("zip", "10011");
        browser.findElement(By.id("treatmentConsent")).click();
        submit();
        String clientUrl = browser.getCurrentUrl();
        String clientId = clientUrl.substring(clientUrl.lastIndexOf('/') + 1);

        go("/directory?client=" + clientId);
        assertThat(browser.findElement(By.id("near")).getAttribute("value")).isEqualTo("10011");
        tap("type-chiropractor");
        setValue("radiusKm", "100");
        submit();
        List<WebElement> results = browser.findElements(By.cssSelector("li.result"));
        assertThat(results).hasSizeGreaterThan(1);
        assertThat(results.get(0).getText()).contains("Chiropractor", "km away", "Why here");
        Browser.screenshot(browser, "directory-search");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();

        // the second: partner status (weight 0.15) lifts it above the first; a far one may rightly stay below
        WebElement last = results.get(1);
        String name = last.findElement(By.cssSelector("h3 span")).getText();
        click(last.findElement(By.linkText("Add as partner")));
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo(name);
        type("notes", "Reports back after the first visit; good with neck pain.");
        tap("accepting-yes");
        Browser.screenshot(browser, "directory-add-partner");
        submit();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(name, "Reports back");

        go("/directory?client=" + clientId + "&type=chiropractor&radiusKm=100");
        WebElement first = browser.findElements(By.cssSelector("li.result")).get(0);
        assertThat(first.getText()).contains(name, "Your partner", "one of your referral partners");
        Browser.screenshot(browser, "directory-partner-first");
    }

    private void go(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void type(String id, String text) {
        Browser.type(browser, id, text);
    }

    private void setValue(String id, String value) {
        Browser.setValue(browser, id, value);
    }

    private void tap(String inputId) {
        Browser.tap(browser, inputId);
    }

    private void click(WebElement element) {
        Browser.click(browser, element);
    }

    private void submit() {
        Browser.submit(browser);
    }
}
