package org.referout.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.referout.support.Browser;
import org.referout.support.TestClockConfiguration;
import org.referout.support.TestDatabase;
import org.referout.support.TestMail;
import org.referout.support.TestPractices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * Issue 16 item 6 in a real browser, on a tablet (1024×768) and a phone (390×844): the recipient opens the link from
 * one e-mail with the code from the other, sees the client's contact details and the chart, and a bad report-back
 * comes back with a summary, the message by the field and what was typed.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ TestPractices.class, TestClockConfiguration.class, ReferralFixtures.class })
class RecipientSideBrowserTests {

    @RegisterExtension
    static GreenMailExtension mail = TestMail.server();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestMail.pointAt(mail, registry);
    }

    private static final Pattern CODE = Pattern.compile("\\b[0-9]{8}\\b");

    @LocalServerPort
    int port;
    @Autowired
    TestPractices practices;
    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    Referrals referrals;

    @Test
    void theRecipientOpensWithTheTwoMailsSeesWhatWasSharedAndGetsABadReportBack() {
        for (Dimension size : List.of(new Dimension(1024, 768), Browser.PHONE)) {
            String name = size.getWidth() + "x" + size.getHeight();
            String email = "recipient-" + size.getWidth() + "@chiro.test";
            sendTo(email);
            Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> mail.getReceivedMessagesForDomain(email).length == 2);
            String link = TestMail.link(mail, email, "/r/");
            String code = TestMail.bodies(mail, email).stream()
                .filter(body -> !body.contains("/r/"))
                .map(CODE::matcher)
                .filter(Matcher::find)
                .map(Matcher::group)
                .findFirst().orElseThrow();

            WebDriver driver = Browser.start(size);
            try {
                driver.get("http://localhost:" + port + link);
                assertThat(driver.findElement(By.tagName("main")).getText()).contains("second e-mail")
                    .doesNotContain("letter");
                Browser.screenshot(driver, "recipient-01-code-" + name);
                Browser.type(driver, "code", code);
                Browser.clickAndLoad(driver, driver.findElement(By.id("open-referral")));

                assertThat(driver.findElement(By.id("client-contact")).getText()).contains("555-0100",
                        "1 Main St, Springfield, IL");
                assertThat(driver.findElement(By.cssSelector("#recipient-chart svg")).getSize().getWidth())
                    .isGreaterThan(200).isLessThanOrEqualTo(size.getWidth());
                Browser.screenshot(driver, "recipient-02-referral-" + name);
                ((JavascriptExecutor) driver).executeScript(
                        "document.getElementById('recipient-chart').scrollIntoView({block: 'center'})");
                Browser.screenshot(driver, "recipient-03-chart-" + name);

                Browser.clickAndLoad(driver, driver.findElement(By.id("accept")));
                Browser.clickAndLoad(driver, driver.findElement(By.id("seen")));
                Browser.type(driver, "report", "Facet irritation; typed before the mistake");
                Browser.type(driver, "pain", "11");
                // the browser's own check would stop 11 first: the server's answer is what this test is about
                ((JavascriptExecutor) driver).executeScript(
                        "document.getElementById('send-report').form.noValidate = true");
                Browser.clickAndLoad(driver, driver.findElement(By.id("send-report")));

                var summary = driver.findElement(By.id("error-summary"));
                assertThat(summary.getAttribute("role")).isEqualTo("alert");
                assertThat(summary.findElement(By.cssSelector("a[href='#pain']")).getText())
                    .startsWith("Pain score today:");
                assertThat(driver.findElement(By.id("pain-error")).getText()).contains("0 to 10");
                assertThat(driver.findElement(By.id("pain")).getAttribute("value")).isEqualTo("11");
                assertThat(driver.findElement(By.id("pain")).getAttribute("class")).contains("invalid");
                assertThat(driver.findElement(By.id("report")).getAttribute("value"))
                    .isEqualTo("Facet irritation; typed before the mistake");
                Browser.screenshot(driver, "recipient-04-report-refused-" + name);
                ((JavascriptExecutor) driver).executeScript(
                        "document.getElementById('pain').scrollIntoView({block: 'center'})");
                Browser.screenshot(driver, "recipient-05-report-field-" + name);
            }
            finally {
                driver.quit();
            }
        }
    }

    private void sendTo(String email) {
        var therapist = practices.newPractice("Recipient browser").therapist().asCurrentPractice();
        var plateau = fixtures.plateau(therapist, "Robin", "Reyes");
        RecipientId x = referrals.addRecipient(therapist, RecipientDetails.byHand("Dr Casey Chiro", "Chiropractor",
                email, null));
        ReferralId id = referrals.create(therapist, plateau.episode(), new NewReferral(Urgency.ROUTINE,
                "No important change after five visits", "Could you assess the lumbar spine?", "HAND", List.of(x)));
        referrals.recordConsent(therapist, id, x, new ConsentGiven("Robin Reyes", ConsentMethod.IN_PERSON,
                DataShared.all()));
        referrals.send(therapist, id, List.of(x));
    }
}
