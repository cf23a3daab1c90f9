package org.referout.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.referout.support.Browser;
import org.referout.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 15 items 2, 3 and 6 in a real browser on the demo practice, at 1024×768 and 390×844: the owner's and a
 * therapist's worklist (counts per level, filters, most severe first), the urgent card leading to the physician
 * letter and the emergency card to the emergency page. Screenshots go to target/screenshots (worklist-*).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "referout.demo=true")
@ContextConfiguration(initializers = TestDatabase.class)
class WorklistBrowserTests {

    static final List<Dimension> SIZES = List.of(new Dimension(1024, 768), Browser.PHONE);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoWorklistAtBothSizes() {
        awaitAlerts();
        for (Dimension size : SIZES) {
            String suffix = size.getWidth() + "x" + size.getHeight();
            WebDriver driver = Browser.start(size);
            try {
                signIn(driver, "demo@referout.example");
                List<String> cards = cards(driver);
                assertThat(cards).hasSize(5);
                assertThat(cards.get(0)).startsWith("Emergency").contains("Victor Hale");
                assertThat(cards.get(1)).startsWith("Urgent").contains("Margaret Doyle");
                assertThat(driver.findElement(By.id("alert-counts")).getText())
                    .isEqualTo("1 emergency · 1 urgent · 2 refer · 1 review");
                assertThat(Browser.seriousAccessibilityViolations(driver)).isEmpty();
                Browser.screenshot(driver, "worklist-1-owner-" + suffix);

                new Select(driver.findElement(By.id("level"))).selectByVisibleText("Refer");
                Browser.clickAndLoad(driver, driver.findElement(By.cssSelector("#worklist-filters button")));
                assertThat(cards(driver)).hasSize(2).allMatch(card -> card.startsWith("Refer"));
                Browser.screenshot(driver, "worklist-2-owner-refer-" + suffix);

                open(driver, "/");
                Browser.clickAndLoad(driver, card(driver, "Margaret Doyle").findElement(
                        By.linkText("Write to the client's physician")));
                assertThat(driver.getCurrentUrl()).contains("/referrals/new");
                assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Margaret Doyle");
                Browser.screenshot(driver, "worklist-3-urgent-letter-" + suffix);

                open(driver, "/");
                Browser.clickAndLoad(driver, card(driver, "Victor Hale").findElement(
                        By.linkText("Emergency: what to do now")));
                assertThat(driver.findElement(By.id("what-to-do-now")).getText())
                    .contains("The client needs the emergency department today");
                Browser.screenshot(driver, "worklist-4-emergency-" + suffix);
                signOut(driver);

                // Maya, a therapist: her own clients only, no "whose clients" choice
                signIn(driver, "maya@referout.example");
                assertThat(driver.findElements(By.id("who"))).isEmpty();
                assertThat(cards(driver)).noneMatch(card -> card.contains("Victor Hale"))
                    .anyMatch(card -> card.contains("Margaret Doyle"));
                Browser.screenshot(driver, "worklist-5-therapist-" + suffix);
                open(driver, "/episodes/" + jdbc.sql("""
                        select e.id from episode e join client c on c.practice_id = e.practice_id and c.id = e.client_id
                        where c.last_name = 'Doyle'""").query(Long.class).single());
                WebElement banner = driver.findElement(By.cssSelector("section.red-flags"));
                assertThat(banner.findElement(By.id("physician-letter")).getText())
                    .isEqualTo("Write to the client's physician");
                Browser.screenshot(driver, "worklist-6-urgent-banner-" + suffix);
            }
            finally {
                driver.quit();
            }
        }
    }

    private void awaitAlerts() {
        Awaitility.await("module events completed").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
            .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single() == 0);
    }

    private static List<String> cards(WebDriver driver) {
        return driver.findElements(By.cssSelector("li.card.alert")).stream().map(WebElement::getText).toList();
    }

    private static WebElement card(WebDriver driver, String name) {
        return driver.findElements(By.cssSelector("li.card.alert")).stream()
            .filter(card -> card.getText().contains(name)).findFirst().orElseThrow();
    }

    private void signIn(WebDriver driver, String email) {
        org.referout.support.DemoSignIn.as(driver, port, email);
    }

    private void signOut(WebDriver driver) {
        // the side bar's button; on a phone it sits in the menu at the top
        var menu = driver.findElement(By.cssSelector(".menu summary"));
        if (menu.isDisplayed()) {
            menu.click();
        }
        Browser.clickAndLoad(driver, driver.findElements(By.xpath("//button[normalize-space()='Sign out']")).stream()
            .filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().orElseThrow());
    }

    private void open(WebDriver driver, String path) {
        driver.get("http://localhost:" + port + path);
    }
}
