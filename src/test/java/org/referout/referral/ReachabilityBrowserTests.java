package org.referout.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.referout.directory.Partners;
import org.referout.practice.CurrentPractice;
import org.referout.practice.PracticeId;
import org.referout.practice.Practices;
import org.referout.support.Browser;
import org.referout.support.DemoSignIn;
import org.referout.support.TestClockConfiguration;
import org.referout.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 16 item 5, "every feature reachable", in a real browser on the demo practice as its owner, on a tablet
 * (1024×768) and a phone (390×844): the client page's whole-record export (the PDF fetched with the browser's
 * session and opened), the episode page's progress-report link, the erasure page with the export offered first
 * and the confirmation after, a partner page with its referral statistics, and the insights page's
 * continuing-education ideas for the practice and each therapist. Screenshots: target/screenshots/reachability-*.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "referout.demo=true")
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ TestClockConfiguration.class, ReferralFixtures.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReachabilityBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Practices practices;
    @Autowired
    Partners partners;
    @Autowired
    Referrals referrals;
    @Autowired
    ReferralFixtures fixtures;

    long partner;
    WebDriver driver;

    /** A partner of the demo practice with three referrals: two accepted and seen, one declined. */
    @BeforeAll
    void referToAPartner() {
        CurrentPractice owner = practices.users(new PracticeId(jdbc.sql("select id from practice").query(Long.class)
            .single())).stream().filter(user -> user.email().equals(DemoSignIn.OWNER)).findFirst().orElseThrow()
            .asCurrentPractice();
        partner = partners.create(owner, PartnerStatisticsTests.form(null, "Hudson Chiropractic"));
        RecipientId hudson = referrals.addRecipient(owner, new RecipientDetails("Dr Ana Hudson", "Hudson Chiropractic",
                "Chiropractor", null, null, "ana@hudson.test", null, null, partner));
        fixtures.referAndAnswer(owner, "Wexler", hudson, "YES");
        fixtures.referAndAnswer(owner, "Yamada", hudson, null);
        fixtures.referAndAnswer(owner, "Zeller", hudson, "A_LITTLE");
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "tablet", "phone" })
    void everyFeatureIsReachable(String device) throws Exception {
        driver = Browser.start(device.equals("tablet") ? new Dimension(1024, 768) : Browser.PHONE);
        DemoSignIn.as(driver, port, DemoSignIn.OWNER);

        long chloe = jdbc.sql("select id from client where last_name = 'Dubois'").query(Long.class).single();
        open("/clients/" + chloe);
        WebElement export = driver.findElement(By.id("export"));
        assertThat(export.getText()).contains("Export the whole record", "Readable record (PDF)",
                "Record for other health software (FHIR file)");
        scrollTo(export);
        Browser.screenshot(driver, "reachability-client-" + device);
        String pdf = pdfText(driver.findElement(By.id("export-pdf")).getAttribute("href"));
        assertThat(pdf).contains("Whole record of Chloe Dubois", "Neck pain", "Morgan Chiropractic");

        driver.findElement(By.cssSelector("table a[href^='/episodes/']")).click();
        WebElement report = driver.findElement(By.id("progress-report"));
        assertThat(report.getText()).isEqualTo("Progress report for the client or their doctor (PDF)");
        assertThat(report.getAttribute("href")).endsWith("/report.pdf");

        long leaving = jdbc.sql("""
                select min(c.id) from client c where c.erased = false and c.last_name not in ('Dubois')
                and exists (select 1 from episode e where e.practice_id = c.practice_id and e.client_id = c.id
                            and e.status <> 'ACTIVE')""").query(Long.class).single();
        open("/clients/" + leaving);
        driver.findElement(By.linkText("Erase on request")).click();
        assertThat(driver.findElement(By.id("export")).getText()).contains("Export the whole record");
        Browser.screenshot(driver, "reachability-erasure-" + device);
        WebElement erase = driver.findElement(By.cssSelector("form[data-confirm] button[type=submit]"));
        scrollTo(erase);
        erase.click();
        driver.switchTo().alert().accept();
        WebElement done = driver.findElement(By.id("erased"));
        assertThat(driver.getCurrentUrl()).endsWith("/clients/" + leaving + "/erased");
        assertThat(done.getText()).contains("Erased on ", "What was erased", "Name, date of birth, contact details");
        Browser.screenshot(driver, "reachability-erased-" + device);

        open("/directory/partners/" + partner);
        WebElement statistics = driver.findElement(By.id("partner-statistics"));
        assertThat(statistics.getText()).contains("Referrals to this partner", "Sent\n3", "Accepted\n2", "Declined\n1",
                "2 days", "6 days", "2 of 2 clients said it helped (1 a little)");
        Browser.screenshot(driver, "reachability-partner-" + device);
        open("/directory/partners");
        assertThat(driver.findElement(By.tagName("main")).getText())
            .contains("3 referrals: 2 accepted, 1 declined; median 2 days to answer, 6 days to be seen");
        Browser.screenshot(driver, "reachability-partners-" + device);

        open("/insights?therapist=practice");
        List<WebElement> groups = driver.findElements(By.cssSelector("#ce .ce-group"));
        assertThat(groups).extracting(g -> g.findElement(By.tagName("h3")).getText())
            .containsExactly("The whole practice", "Dana Demo", "Maya Chen, LMT", "Sam Rivera, LMT");
        WebElement maya = groups.get(2);
        assertThat(maya.getText()).contains("Low back pain", "clearly lower than the practice's overall rate");
        scrollTo(driver.findElement(By.id("ce")));
        Browser.screenshot(driver, "reachability-insights-" + device);
        scrollTo(maya);
        Browser.screenshot(driver, "reachability-insights-maya-" + device);
        assertThat(Browser.seriousAccessibilityViolations(driver)).isEmpty();
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void scrollTo(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", element);
    }

    /** Downloads a link with the browser's session cookie and reads the PDF's text. */
    private String pdfText(String href) throws Exception {
        String cookie = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
            .reduce((a, b) -> a + "; " + b).orElse("");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
            .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
