package org.referout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.referout.support.Browser;
import org.referout.support.TestClockConfiguration;
import org.referout.support.TestDatabase;
import org.referout.support.TestMail;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The owner's pages of issue 16 item 5 in a real browser at 1024×768 and 390×844: an invitation is e-mailed and the
 * page says so; the audit log pages by 50 with a count, keeps its filters on "Older", and names a bad date.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ TestPractices.class, TestClockConfiguration.class })
class OwnerPagesBrowserTests {

    @RegisterExtension
    static GreenMailExtension mail = TestMail.server();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestMail.pointAt(mail, registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    TestPractices practices;
    @Autowired
    JdbcClient jdbc;

    @Test
    void invitationsAreMailedAndTheAuditLogPagesFiltersAndNamesABadDate() {
        Team team = practices.newPractice("Owner pages");
        fillAuditLog(team, 120);
        for (Dimension size : List.of(new Dimension(1024, 768), Browser.PHONE)) {
            String name = size.getWidth() + "x" + size.getHeight();
            WebDriver driver = Browser.start(size);
            try {
                signIn(driver, team.owner().email());

                open(driver, "/practice/users");
                String colleague = "colleague-" + size.getWidth() + "@example.test";
                Browser.type(driver, "email", colleague);
                Browser.clickAndLoad(driver, driver.findElement(By.cssSelector("form[action='/practice/invitations'] button")));
                assertThat(driver.findElement(By.id("invitation-sent")).getText())
                    .contains("Invitation sent to " + colleague);
                Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> mail.getReceivedMessagesForDomain(colleague).length == 1);
                assertThat(TestMail.link(mail, colleague, "/signup/invite/")).startsWith("/signup/invite/");
                Browser.screenshot(driver, "practice-invitation-sent-" + name);
                Browser.type(driver, "email", "not an address");
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "document.getElementById('email').form.noValidate = true");
                Browser.clickAndLoad(driver, driver.findElement(By.cssSelector("form[action='/practice/invitations'] button")));
                assertThat(driver.findElement(By.id("email-error")).getText()).contains("e-mail");
                assertThat(driver.findElement(By.id("email")).getAttribute("value")).isEqualTo("not an address");
                Browser.screenshot(driver, "practice-invitation-refused-" + name);

                open(driver, "/audit");
                assertThat(driver.findElement(By.id("audit-count")).getText())
                    .startsWith("Showing 1–50 of ").endsWith(", newest first");
                Browser.screenshot(driver, "audit-01-first-page-" + name);
                new Select(driver.findElement(By.id("filter-action"))).selectByVisibleText("Visit recorded");
                Browser.clickAndLoad(driver, driver.findElement(By.cssSelector("form.filters button[type=submit]")));
                assertThat(driver.findElement(By.id("audit-count")).getText()).isEqualTo(
                        "Showing 1–50 of 60, newest first");
                Browser.clickAndLoad(driver, driver.findElement(By.cssSelector("a[rel=next]")));
                assertThat(driver.findElement(By.id("audit-count")).getText()).isEqualTo(
                        "Showing 51–60 of 60, newest first");
                assertThat(new Select(driver.findElement(By.id("filter-action"))).getFirstSelectedOption().getText())
                    .isEqualTo("Visit recorded");
                Browser.screenshot(driver, "audit-02-filtered-older-" + name);

                open(driver, "/audit?from=yesterday&action=VISIT_RECORDED");
                assertThat(driver.findElement(By.id("error-summary")).getText()).contains("From: must be a date");
                assertThat(driver.findElement(By.id("from-error")).isDisplayed()).isTrue();
                Browser.screenshot(driver, "audit-03-bad-date-" + name);
            }
            finally {
                driver.quit();
            }
        }
    }

    /** {@code rows} entries, alternately a client read and a visit recorded, a minute apart. */
    private void fillAuditLog(Team team, int rows) {
        for (int i = 0; i < rows; i++) {
            jdbc.sql("""
                    insert into audit_log (practice_id, at, user_id, actor, action, subject_type, subject_id,
                                           client_id, detail, remote_address)
                    values (:p, :at, :user, 'someone@example.test', :action, 'client', :i, null, null, '127.0.0.1')""")
                .param("p", team.id().value())
                .param("i", i)
                .param("at", OffsetDateTime.parse("2026-11-01T10:00:00Z").plusMinutes(i))
                .param("user", team.owner().id().value())
                .param("action", i % 2 == 0 ? "CLIENT_READ" : "VISIT_RECORDED")
                .update();
        }
    }

    private void signIn(WebDriver driver, String email) {
        open(driver, "/login");
        Browser.type(driver, "email", email);
        Browser.type(driver, "password", TestPractices.PASSWORD);
        Browser.clickAndLoad(driver, driver.findElement(By.cssSelector("form button[type=submit]")));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void open(WebDriver driver, String path) {
        driver.get("http://localhost:" + port + path);
    }
}
