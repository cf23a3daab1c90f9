package org.referout.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.referout.support.Browser;
import org.referout.support.MutableClock;
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
import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * C6 end to end in a real browser: a plateaued episode is referred to a chiropractor, the client's consent is
 * recorded and the referral sent; the SMTP server receives the link; the recipient opens it with the code, accepts,
 * schedules, marks the client seen and reports back; the sender's timeline shows every step.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ TestPractices.class, TestClockConfiguration.class, ReferralFixtures.class })
class ReferralBrowserTests {

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
    ReferralFixtures fixtures;
    @Autowired
    MutableClock clock;

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
    void referAPlateauedClientToAChiropractorAndCloseTheLoop() throws Exception {
        var team = practices.newPractice("Browser");
        var plateau = fixtures.plateau(team.therapist().asCurrentPractice(), "Robin", "Plateau");
        signIn(team.therapist().email());

        open("/episodes/" + plateau.episode() + "/referrals/new");
        assertThat(driver.getPageSource()).contains("Chiropractor", "Physical therapist");
        Browser.screenshot(driver, "referral-01-proposal");
        type("r-name", "Dr Casey Chiro");
        type("r-type", "Chiropractor");
        type("r-email", "casey@chiro.test");
        type("r-phone", "555-0142");
        Browser.clickAndLoad(driver, driver.findElement(By.id("add-recipient")));
        WebElement picked = driver.findElement(By.cssSelector("input[name=recipients]"));
        assertThat(picked.isSelected()).isTrue();
        type("question", "Could you assess the lumbar spine? Massage has plateaued at NPRS 6.");
        Browser.clickAndLoad(driver, driver.findElement(By.id("create-referral")));

        String referralUrl = driver.getCurrentUrl();
        assertThat(referralUrl).matches(".*/referrals/\\d+$");
        Browser.clickAndLoad(driver, driver.findElement(By.cssSelector(".record-consent")));
        assertThat(driver.findElement(By.cssSelector(".consent-given")).getText()).contains("Robin Plateau");
        Browser.screenshot(driver, "referral-02-consent");
        Browser.clickAndLoad(driver, driver.findElement(By.id("send-referral")));
        assertThat(driver.findElement(By.id("referral-status")).getText()).isEqualTo("Sent");
        String code = driver.findElement(By.cssSelector(".recipient-code")).getText();
        Browser.screenshot(driver, "referral-03-sent");
        // issue 16: these inputs had no type and were drawn at the browser's 20 px
        for (String field : new String[] { "cancel-why" }) {
            WebElement input = driver.findElement(By.id(field));
            assertThat(input.getSize().getHeight()).as(field).isGreaterThanOrEqualTo(44);
        }
        ((JavascriptExecutor) driver).executeScript("document.getElementById('cancel-why').scrollIntoView({block: 'center'})");
        Browser.screenshot(driver, "referral-03b-close-and-cancel");

        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        String body = GreenMailUtil.getBody(mail.getReceivedMessages()[0]);
        assertThat(body).doesNotContain("Robin", "Plateau", "lumbar", "NPRS");
        Matcher link = Pattern.compile("(/r/[A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();

        driver.manage().deleteAllCookies();
        open(link.group(1));
        assertThat(driver.getPageSource()).doesNotContain("Robin");
        type("code", code);
        Browser.clickAndLoad(driver, driver.findElement(By.id("open-referral")));
        assertThat(driver.getPageSource()).contains("Robin Plateau", "Could you assess the lumbar spine?");
        Browser.screenshot(driver, "referral-04-recipient");
        Browser.clickAndLoad(driver, driver.findElement(By.id("accept")));
        WebElement date = driver.findElement(By.id("date"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", date,
                LocalDate.now(clock).plusDays(3).toString());
        Browser.clickAndLoad(driver, driver.findElement(By.id("schedule")));
        assertThat(driver.findElement(By.id("recipient-status")).getText()).isEqualTo("Scheduled");
        driver.findElement(By.id("seen")).click();
        type("report", "Lumbar facet irritation. Manipulation twice, then home exercises; massage can continue.");
        type("pain", "4");
        Browser.clickAndLoad(driver, driver.findElement(By.id("send-report")));
        assertThat(driver.findElement(By.id("report-sent")).isDisplayed()).isTrue();
        Browser.screenshot(driver, "referral-05-reported");

        driver.manage().deleteAllCookies();
        signIn(team.therapist().email());
        driver.get(referralUrl);
        String timeline = driver.findElement(By.id("timeline")).getText();
        // the steps in words, never their stored codes (issue 16)
        assertThat(timeline).contains("Drafted", "Consent recorded", "Sent", "E-mailed", "Opened", "Accepted",
                "Scheduled", "Seen", "Reported back", "Lumbar facet irritation")
            .doesNotContain("DRAFTED", "CONSENT_RECORDED", "MAILED");
        assertThat(driver.findElement(By.id("referral-status")).getText()).isEqualTo("Seen");
        Browser.screenshot(driver, "referral-06-timeline");
    }

    /** Issue 16 item 4: no recipient ticked, the form comes back with a summary, the list marked, the text kept. */
    @Test
    void aReferralWithoutARecipientComesBackWithWhatWasTyped() {
        var team = practices.newPractice("Browser none");
        var plateau = fixtures.plateau(team.therapist().asCurrentPractice(), "Noor", "Nobody");
        for (Dimension size : java.util.List.of(new Dimension(1024, 768), Browser.PHONE)) {
            driver.quit();
            driver = Browser.start(size);
            signIn(team.therapist().email());
            open("/episodes/" + plateau.episode() + "/referrals/new");
            type("question", "Typed before forgetting the recipient");
            Browser.clickAndLoad(driver, driver.findElement(By.id("create-referral")));

            WebElement summary = driver.findElement(By.id("error-summary"));
            assertThat(summary.findElement(By.cssSelector("a[href='#recipients']")).getText())
                .startsWith("Recipients: choose at least one recipient");
            assertThat(driver.findElement(By.id("recipients")).getAttribute("class")).contains("invalid");
            assertThat(driver.findElement(By.id("question")).getAttribute("value"))
                .isEqualTo("Typed before forgetting the recipient");
            Browser.screenshot(driver, "referral-new-no-recipient-" + size.getWidth() + "x" + size.getHeight());
            ((JavascriptExecutor) driver).executeScript(
                    "document.getElementById('recipients').scrollIntoView({block: 'center'})");
            Browser.screenshot(driver, "referral-new-no-recipient-field-" + size.getWidth() + "x" + size.getHeight());

            // then with a recipient: the referral page offers the contact-details consent and says where the code goes
            type("r-name", "Dr Pat " + size.getWidth());
            type("r-email", "pat-" + size.getWidth() + "@chiro.test");
            Browser.clickAndLoad(driver, driver.findElement(By.id("add-recipient")));
            Browser.clickAndLoad(driver, driver.findElement(By.id("create-referral")));
            WebElement contact = driver.findElement(By.cssSelector(".consent-form input[name=contact]"));
            assertThat(contact.isSelected()).as("contact details are shared only when ticked").isFalse();
            Browser.tap(driver, contact.getAttribute("id"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", contact);
            Browser.screenshot(driver, "referral-consent-contact-" + size.getWidth() + "x" + size.getHeight());
            Browser.clickAndLoad(driver, driver.findElement(By.cssSelector(".record-consent")));
            assertThat(driver.findElement(By.cssSelector(".consent-given")).getText()).contains("contact details");
            Browser.clickAndLoad(driver, driver.findElement(By.id("send-referral")));
            WebElement credentials = driver.findElement(By.cssSelector(".credentials"));
            assertThat(credentials.getText()).contains("apart from the link").doesNotContain("letter");
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", credentials);
            Browser.screenshot(driver, "referral-sent-code-" + size.getWidth() + "x" + size.getHeight());
        }
    }

    private void signIn(String email) {
        open("/login");
        type("email", email);
        type("password", TestPractices.PASSWORD);
        Browser.clickAndLoad(driver, driver.findElement(By.cssSelector("form button[type=submit]")));
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
            .until(d -> !d.getCurrentUrl().contains("/login"));
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
