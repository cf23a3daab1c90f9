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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.referout.directory.Directory;
import org.referout.directory.ImportProgress;
import org.referout.support.Browser;
import org.referout.support.BrowserPage;
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

    @org.junit.jupiter.api.extension.RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension mail = org.referout.support.TestMail.server();

    @org.springframework.test.context.DynamicPropertySource
    static void smtp(org.springframework.test.context.DynamicPropertyRegistry registry) {
        org.referout.support.TestMail.pointAt(mail, registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    WebDriver browser;
    BrowserPage page;

    @BeforeEach
    void open() throws Exception {
        Path file = Files.createTempFile("nppes", ".csv");
        directory.generateNppes(file, 20_000, 0, 11);
        directory.importNppes(file, false, ImportProgress.Listener.NONE);
        browser = Browser.start(Browser.TABLET);
        page = new BrowserPage(browser, port);
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void searchNearAClientAddAPartnerAndFindItFirst() {
        page.signUp(mail, "Hudson Yards Massage", "Robin Park", "robin-" + System.nanoTime() + "@example.test",
                "a-long-enough-password");
        assertThat(browser.getCurrentUrl()).doesNotContain("/signup");

        page.go("/clients/new");
        page.type("firstName", "Morgan");
        page.type("lastName", "Ellis");
        page.setValue("dateOfBirth", "1979-04-12");
        page.type("zip", "10011");
        browser.findElement(By.id("treatmentConsent")).click();
        page.submit();
        String clientUrl = browser.getCurrentUrl();
        String clientId = clientUrl.substring(clientUrl.lastIndexOf('/') + 1);

        page.go("/directory?client=" + clientId);
        assertThat(browser.findElement(By.id("near")).getAttribute("value")).isEqualTo("10011");
        page.tap("type-chiropractor");
        page.setValue("radiusKm", "100");
        page.submit();
        List<WebElement> results = browser.findElements(By.cssSelector("li.result"));
        assertThat(results).hasSizeGreaterThan(1);
        assertThat(results.get(0).getText()).contains("Chiropractor", "km away", "Why here");
        Browser.screenshot(browser, "directory-search");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();

        // the second: partner status (weight 0.15) lifts it above the first; a far one may rightly stay below
        WebElement last = results.get(1);
        String name = last.findElement(By.cssSelector("h3 span")).getText();
        page.click(last.findElement(By.linkText("Add as partner")));
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo(name);
        // the kind of provider is chosen by its name from a list, prefilled from the directory entry (issue 16)
        var kind = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("taxonomyCodes")));
        assertThat(kind.getFirstSelectedOption().getText()).startsWith("Chiropractor");
        kind.selectByVisibleText("Chiropractor");
        assertThat(kind.getFirstSelectedOption().getAttribute("value")).isEqualTo("111N00000X");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContainPattern("\\b[0-9]{3}[0-9A-Z]{6}X\\b");
        page.type("notes", "Reports back after the first visit; good with neck pain.");
        page.tap("accepting-yes");
        // complaints are chosen by their plain names, never typed as codes (issue 16)
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Low back pain").doesNotContain("LOW_BACK_PAIN");
        page.tap("complaint-NECK_PAIN");
        page.tap("complaint-LOW_BACK_PAIN");
        // any of several is drawn as a square box with a tick, not as a radio's circle (issue 16)
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.querySelector('label[for=\"complaint-NECK_PAIN\"]'), '::before')"
                        + ".borderRadius")).isEqualTo("4px");
        Browser.screenshot(browser, "directory-add-partner");
        browser.manage().window().setSize(Browser.PHONE);
        Browser.screenshot(browser, "directory-add-partner-phone");
        browser.manage().window().setSize(Browser.TABLET);
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        page.submit();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(name, "Reports back");
        String afterSave = browser.getCurrentUrl();
        page.go("/directory/partners");
        page.click(browser.findElement(By.linkText(name)));
        assertThat(browser.findElement(By.id("complaint-NECK_PAIN")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("complaint-LOW_BACK_PAIN")).isSelected()).isTrue();
        assertThat(browser.findElements(By.cssSelector("input[name=complaints]:checked"))).hasSize(2);
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("taxonomyCodes")))
            .getFirstSelectedOption().getText()).isEqualTo("Chiropractor");
        browser.navigate().to(afterSave);

        page.go("/directory?client=" + clientId + "&type=chiropractor&radiusKm=100");
        WebElement first = browser.findElements(By.cssSelector("li.result")).get(0);
        assertThat(first.getText()).contains(name, "Your partner", "one of your referral partners");
        Browser.screenshot(browser, "directory-partner-first");
    }
}
