package org.referout;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.referout.client.ClientId;
import org.referout.episode.EpisodeId;
import org.referout.intake.Intakes;
import org.referout.intake.LinkKind;
import org.referout.practice.CurrentPractice;
import org.referout.practice.Practices;
import org.referout.practice.Role;
import org.referout.referral.Referral;
import org.referout.referral.ReferralStatus;
import org.referout.referral.Referrals;
import org.referout.support.Browser;
import org.referout.support.DemoSignIn;
import org.referout.support.TestDatabase;
import org.referout.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * Issue 16 item 3, "plain words only": every page reachable from the demo practice — as the owner, a therapist and
 * front desk, breadth-first over the GET links from home — and the pages people outside the practice open (a
 * client's questionnaire and follow-up links, a recipient's referral link, an invitation, sign-in) must show no
 * enum name (an UPPER_SNAKE_CASE token) and no NUCC taxonomy code in their visible text. One run lists every
 * offending page and token. The API, FHIR and Swagger are for machines and exempt. Dates must be in the one human
 * format. Each distinct page is saved at 1024×768 and 390×844 under target/screenshots (page-*) and checked by axe-core
 * at both sizes.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "referout.demo=true")
@ContextConfiguration(initializers = TestDatabase.class)
class PlainWordsBrowserTests {

    static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b");
    static final Pattern NUCC_CODE = Pattern.compile("\\b[0-9]{3}[0-9A-Z]{6}X\\b");
    /** A one-word enum name (SENT, OWNER) has no underscore to give it away: it is a constant's name in capitals. */
    static final Pattern CAPITALS = Pattern.compile("\\b[A-Z][A-Z0-9]{2,}\\b");
    static final Set<String> ENUM_CONSTANTS = enumConstants();
    /** Constants whose name is also how a therapist writes it: the outcome measures' and standards' own names. */
    static final Set<String> ABBREVIATIONS = Set.of("NPRS", "PSFS", "PEG", "RDQ", "GROC", "NDI", "ODI", "NPI", "TMJ", "ZIP",
            "CSV", "PDF", "API", "FHIR", "NUCC", "UTC", "LMT");
    static final Dimension SIZE = new Dimension(1024, 768);
    static final Dimension PHONE = new Dimension(390, 844);
    /** Issue 16 item 1: one date format, "2 Dec 2026"; an ISO or a US date in the text is a date left unformatted. */
    static final Pattern UNFORMATTED_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})\\b");
    /** Enough for every page template several times over, without wandering through every client's records. */
    static final int PAGES_PER_ROLE = 150;
    static final int VISITS_PER_TEMPLATE = 3;
    static final List<String> SKIPPED_PREFIXES = List.of("/api", "/fhir", "/swagger", "/v3/api-docs", "/actuator",
            "/logout", "/login/unlock/", "/signup/verify/", "/directory/import/progress");
    static final Pattern DOWNLOAD = Pattern.compile(".*\\.(pdf|csv|json|svg|png|xml|zip|ics)$");

    @RegisterExtension
    static GreenMailExtension mail = TestMail.server();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestMail.pointAt(mail, registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Practices practices;
    @Autowired
    Intakes intakes;
    @Autowired
    Referrals referrals;

    final Set<String> templates = new TreeSet<>();
    final Map<String, Set<String>> offenders = new LinkedHashMap<>();
    final Map<String, List<String>> inaccessible = new LinkedHashMap<>();
    int pages;

    @Test
    void noPageShowsAnEnumNameOrATaxonomyCode() {
        awaitDemoEvents();
        List<String> outsiders = outsiderLinks();
        for (String email : List.of(DemoSignIn.OWNER, DemoSignIn.THERAPIST, DemoSignIn.FRONT_DESK)) {
            WebDriver driver = Browser.start(SIZE);
            try {
                DemoSignIn.as(driver, port, email);
                crawl(driver, email.substring(0, email.indexOf('@')), List.of("/"), "/");
            }
            finally {
                driver.quit();
            }
        }
        WebDriver driver = Browser.start(SIZE);
        try {
            // one by one: each page is its own start, and a recipient's pages only after the code opened them
            for (String path : outsiders) {
                crawl(driver, "outside", List.of(path), path);
            }
            openAsRecipient(driver);
        }
        finally {
            driver.quit();
        }
        assertThat(pages).as("pages visited").isGreaterThan(30);
        // the pages where enum names and codes were found before (issue 16) must stay in the crawl
        assertThat(templates).contains("demo /referrals", "demo /referrals/n", "demo /practice/users", "demo /audit",
                "demo /directory/partners/n", "maya /episodes/n", "frontdesk /", "outside /signup/invite/token",
                "outside /intake/token", "outside /r/c/token", "recipient /r/token");
        assertThat(offenders).as("pages with an enum name, a taxonomy code or an unformatted date in their visible "
                + "text (page: tokens)").isEmpty();
        assertThat(inaccessible).as("pages where axe-core finds a serious or critical violation, at 1024 or 390 px")
            .isEmpty();
    }

    /** The links a client, an invited colleague or a stranger opens, made the way the practice makes them. */
    private List<String> outsiderLinks() {
        CurrentPractice owner = practices.userByEmail(DemoSignIn.OWNER).orElseThrow().asCurrentPractice();
        ClientId kowalski = new ClientId(jdbc.sql("select id from client where last_name = 'Kowalski'")
            .query(Long.class).single());
        EpisodeId kowalskiEpisode = new EpisodeId(jdbc.sql("""
                select e.id from episode e join client c on c.practice_id = e.practice_id and c.id = e.client_id
                where c.last_name = 'Kowalski' and e.status = 'ACTIVE'""").query(Long.class).single());
        List<String> links = new ArrayList<>(List.of("/login", "/signup"));
        links.add(intakes.create(owner, kowalski, LinkKind.PRE_VISIT, kowalskiEpisode).path());
        links.add(intakes.create(owner, kowalski, LinkKind.INTAKE, null, true).path());
        links.add("/signup/invite/" + practices.invite(owner, "new-colleague@example.test", Role.THERAPIST));
        Referral sent = sentReferral(owner);
        referrals.askClient(owner, sent.id());
        String clientEmail = jdbc.sql("select email from client where id = ?").param(sent.client().value())
            .query(String.class).single();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
            .until(() -> mail.getReceivedMessagesForDomain(clientEmail).length > 0);
        links.add(TestMail.link(mail, clientEmail, "/r/c/"));
        return links;
    }

    private Referral sentReferral(CurrentPractice owner) {
        return referrals.list(owner).stream().filter(r -> r.status() == ReferralStatus.SENT).findFirst()
            .orElseThrow(() -> new AssertionError("the demo has no sent referral"));
    }

    /** The recipient's link asks for the code first; the referral it then shows is the page that matters. */
    private void openAsRecipient(WebDriver driver) {
        CurrentPractice owner = practices.userByEmail(DemoSignIn.OWNER).orElseThrow().asCurrentPractice();
        Referral sent = sentReferral(owner);
        var recipient = referrals.addressees(owner, sent.id()).stream().filter(a -> a.sentAt() != null).findFirst()
            .orElseThrow().recipient();
        var credentials = referrals.credentials(owner, sent.id(), recipient.id()).orElseThrow();
        driver.manage().deleteAllCookies();
        crawl(driver, "recipient", List.of(credentials.path()), credentials.path());
        open(driver, credentials.path());
        Browser.type(driver, "code", credentials.code());
        Browser.clickAndLoad(driver, driver.findElement(By.id("open-referral")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Referral from");
        check(driver, "recipient", "recipient-opened");
    }

    /**
     * Breadth-first over same-origin GET links under {@code within}, a few pages per template (ids and tokens
     * stand for one another), skipping sign-out, machine interfaces and downloads. Forms are never submitted.
     */
    private void crawl(WebDriver driver, String who, List<String> start, String within) {
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> seen = new HashSet<>(start);
        Map<String, Integer> perTemplate = new HashMap<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < PAGES_PER_ROLE) {
            String path = queue.removeFirst();
            String template = template(path);
            int visits = perTemplate.merge(template, 1, Integer::sum);
            templates.add(who + " " + template);
            if (visits > VISITS_PER_TEMPLATE) {
                continue;
            }
            open(driver, path);
            visited++;
            check(driver, who, visits == 1 ? template : null);
            for (String link : links(driver)) {
                if (link.startsWith(within) && !skipped(link) && seen.add(link)) {
                    queue.addLast(link);
                }
            }
        }
    }

    private void check(WebDriver driver, String who, String screenshotTemplate) {
        pages++;
        // what a person sees: the page's text and what its visible text fields hold (a code typed into a field shows
        // too; a checkbox's or radio's value does not)
        String text = (String) ((JavascriptExecutor) driver).executeScript("""
                return [document.body.innerText].concat(Array.from(
                    document.querySelectorAll('input[type=text], input[type=search], input[type=email], input[type=tel], '
                        + 'input[type=url], input[type=number], input:not([type]), textarea'))
                    .filter(field => field.offsetParent !== null).map(field => field.value)).join('\\n')""");
        Set<String> found = new TreeSet<>();
        for (Pattern pattern : List.of(ENUM_NAME, NUCC_CODE, UNFORMATTED_DATE)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                found.add(matcher.group());
            }
        }
        Matcher word = CAPITALS.matcher(text);
        while (word.find()) {
            if (ENUM_CONSTANTS.contains(word.group()) && !ABBREVIATIONS.contains(word.group())) {
                found.add(word.group());
            }
        }
        if (!found.isEmpty()) {
            offenders.computeIfAbsent(who + " " + path(driver.getCurrentUrl()), page -> new LinkedHashSet<>())
                .addAll(found);
        }
        if (screenshotTemplate != null) {
            seenAtBothSizes(driver, who, screenshotTemplate);
        }
    }

    /**
     * Issue 16 item 7: each distinct page once at 1024×768 and once at 390×844, saved under target/screenshots and
     * checked by axe-core at both sizes (the phone layout has its own tab bar and menu).
     */
    private void seenAtBothSizes(WebDriver driver, String who, String template) {
        String name = "page-" + who + "-" + template.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "")
            .replaceAll("^$", "home");
        String page = who + " " + path(driver.getCurrentUrl());
        for (Dimension size : List.of(SIZE, PHONE)) {
            driver.manage().window().setSize(size);
            Browser.screenshot(driver, name + "-" + size.getWidth());
            List<String> violations = Browser.seriousAccessibilityViolations(driver);
            if (!violations.isEmpty()) {
                inaccessible.computeIfAbsent(page + " at " + size.getWidth() + " px", key -> new ArrayList<>())
                    .addAll(violations);
            }
        }
        driver.manage().window().setSize(SIZE);
    }

    @SuppressWarnings("unchecked")
    private List<String> links(WebDriver driver) {
        List<String> hrefs = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('a[href]'), a => a.href)");
        String origin = "http://localhost:" + port;
        return hrefs.stream().filter(href -> href.startsWith(origin + "/")).map(PlainWordsBrowserTests::path)
            .toList();
    }

    private static String path(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static boolean skipped(String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return SKIPPED_PREFIXES.stream().anyMatch(bare::startsWith) || DOWNLOAD.matcher(bare).matches();
    }

    /** The page template a path stands for: numbers and tokens replaced, query parameters in order. */
    static String template(String path) {
        String[] parts = path.split("\\?", 2);
        String bare = parts[0].replaceAll("/[0-9]+", "/n").replaceAll("/[A-Za-z0-9_-]{20,}", "/token");
        if (parts.length == 1) {
            return bare;
        }
        String[] params = parts[1].split("&");
        Arrays.sort(params);
        return bare + "?" + String.join("&", params).replaceAll("=[0-9]+", "=n");
    }

    private static Set<String> enumConstants() {
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AssignableTypeFilter(Enum.class));
        Set<String> names = new TreeSet<>();
        for (var definition : scanner.findCandidateComponents("org.referout")) {
            try {
                for (Object constant : Class.forName(definition.getBeanClassName()).getEnumConstants()) {
                    names.add(((Enum<?>) constant).name());
                }
            }
            catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }

    /** The demo's alerts and mails are written after start-up by event listeners; the pages should show them. */
    private void awaitDemoEvents() {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);
    }

    private void open(WebDriver driver, String path) {
        driver.get("http://localhost:" + port + path);
    }
}
