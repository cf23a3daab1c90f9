package org.referout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.referout.practice.PracticeId;
import org.referout.support.TestDatabase;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * C1 and Q, walking every registered route: (1) a user of practice A who uses an identifier of practice B gets
 * exactly what a made-up identifier gets — a 404 for reads — never B's data or a success; (2) an anonymous
 * request reaches only the public routes. Practice B is the demo practice, which has records of every kind.
 * A new route whose path variable this test cannot resolve fails the test until it is added to RESOURCES.
 */
@SpringBootTest(properties = "referout.demo=true")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestPractices.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTests {

    /** The URL segment before a path variable → the table whose ids it takes. */
    static final Map<String, String> RESOURCES = Map.ofEntries(Map.entry("clients", "client"),
            Map.entry("episodes", "episode"), Map.entry("visits", "visit"), Map.entry("tokens", "api_token"),
            Map.entry("referrals", "referral"), Map.entry("alerts", "progress_alert"), Map.entry("partners", "partner"),
            Map.entry("intake-links", "intake_link"), Map.entry("links", "intake_link"),
            Map.entry("flags", "red_flag_answer"), Map.entry("Patient", "client"),
            Map.entry("Observation", "visit|-nprs"),
            Map.entry("EpisodeOfCare", "episode"), Map.entry("Organization", "practice"), Map.entry("Encounter", "visit"),
            Map.entry("ServiceRequest", "referral"), Map.entry("Task", "referral"),
            Map.entry("QuestionnaireResponse", "intake_link"), Map.entry("Practitioner", "app_user"),
            Map.entry("PractitionerRole", "app_user"), Map.entry("users", "app_user"),
            Map.entry("checks", "burnout_check"), Map.entry("burnout", "burnout_check"),
            Map.entry("recipients", "referral_recipient"), Map.entry("consent", "referral_recipient"),
            Map.entry("letter", "referral_recipient"), Map.entry("inbox", "referral"));

    /** Routes that need no sign-in (Q): login, sign-up, the intake and recipient links, static assets. */
    static final List<Pattern> PUBLIC = List.of(Pattern.compile("^/login$"), Pattern.compile("^/signup(/.*)?$"),
            Pattern.compile("^/intake(/.*)?$"), Pattern.compile("^/r(/.*)?$"), Pattern.compile("^/error$"),
            Pattern.compile("^/api/v1/auth/token$"));

    /** Framework routes with no practice data. */
    static final List<Pattern> FRAMEWORK = List.of(Pattern.compile("^/v3/api-docs.*"),
            Pattern.compile("^/swagger-ui.*"), Pattern.compile("^/error$"));

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final long MADE_UP_ID = 8_999_999_999L;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Autowired
    JdbcClient jdbc;

    Team practiceA;
    PracticeId practiceB;

    @BeforeAll
    void practices() {
        practiceA = practices.newPractice("Isolation");
        practiceB = new PracticeId(jdbc.sql("select id from practice where name = 'Calm Hands Massage'")
            .query(Long.class).single());
        // Alerts are raised after the demo's visits commit, by a module listener: wait for them.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120)).until(() -> jdbc
            .sql("select count(*) from progress_alert where practice_id = :p").param("p", practiceB.value())
            .query(Long.class).single() > 0);
    }

    record Route(String pattern, HttpMethod method) {
    }

    @Test
    void anotherPracticesIdsBehaveLikeIdsThatDoNotExist() throws Exception {
        List<String> failures = new ArrayList<>();
        Set<String> unresolved = new TreeSet<>();
        int checked = 0;
        for (Route route : routes()) {
            if (!VARIABLE.matcher(route.pattern()).find() || isPublic(route.pattern())) {
                continue;
            }
            String theirs = resolve(route.pattern(), true, unresolved);
            String madeUp = resolve(route.pattern(), false, unresolved);
            if (theirs == null) {
                continue;
            }
            for (var user : List.of(practiceA.owner(), practiceA.therapist())) {
                MockHttpServletResponse foreign = perform(route.method(), theirs, user);
                MockHttpServletResponse absent = perform(route.method(), madeUp, user);
                checked++;
                boolean leaked = foreign.getStatus() < 400 || foreign.getStatus() != absent.getStatus()
                        || (route.method() == HttpMethod.GET && foreign.getStatus() != 404);
                if (leaked) {
                    failures.add(route.method() + " " + theirs + " as " + user.role() + " → " + foreign.getStatus()
                            + " (a made-up id gives " + absent.getStatus() + ")");
                }
            }
        }
        assertThat(unresolved).as("path variables this test cannot map to a table of practice B (add to RESOURCES)")
            .isEmpty();
        assertThat(checked).as("routes with identifiers checked").isGreaterThan(5);
        assertThat(failures).isEmpty();
    }

    @Test
    void anonymousRequestsReachOnlyThePublicRoutes() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Route route : routes()) {
            if (isPublic(route.pattern())) {
                continue;
            }
            String path = VARIABLE.matcher(route.pattern()).replaceAll("1");
            MockHttpServletRequestBuilder anonymous = request(route.method(), path).with(csrf())
                .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON);
            MockHttpServletResponse response = mvc.perform(anonymous).andReturn().getResponse();
            boolean toLogin = response.getStatus() == 302 && response.getRedirectedUrl() != null
                    && response.getRedirectedUrl().endsWith("/login");
            if (!(response.getStatus() == 401 || toLogin)) {
                failures.add(route.method() + " " + path + " → " + response.getStatus());
            }
        }
        assertThat(failures).isEmpty();
    }

    private MockHttpServletResponse perform(HttpMethod method, String path, org.referout.practice.User user)
            throws Exception {
        MockHttpServletRequestBuilder builder = request(method, path).with(csrf())
            .with(SecurityMockMvcRequestPostProcessors.user(new org.referout.security.SignedInUser(user)));
        if (path.startsWith("/api/") || path.startsWith("/fhir")) {
            builder.with(TestPractices.bearer(practices.token(user)));
            if (method != HttpMethod.GET) {
                builder.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        return mvc.perform(builder).andReturn().getResponse();
    }

    /** Replaces each variable by practice B's id for its resource (or a made-up id); null if B has none. */
    private String resolve(String pattern, boolean practiceBsId, Set<String> unresolved) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String before = pattern.substring(0, m.start());
            String segment = before.endsWith("/") ? before.substring(before.lastIndexOf('/', before.length() - 2) + 1,
                    before.length() - 1) : "";
            String table = RESOURCES.get(segment);
            if (table == null) {
                unresolved.add(pattern + " (segment '" + segment + "', variable " + m.group(1) + ")");
                return null;
            }
            // "table|suffix": FHIR ids built from a row id, e.g. an Observation "{visit id}-nprs".
            String suffix = table.contains("|") ? table.substring(table.indexOf('|') + 1) : "";
            table = table.contains("|") ? table.substring(0, table.indexOf('|')) : table;
            Long id = practiceBsId ? idOf(table) : Long.valueOf(MADE_UP_ID);
            if (id == null) {
                unresolved.add(pattern + " (practice B has no row in " + table + ")");
                return null;
            }
            m.appendReplacement(path, id + suffix);
        }
        m.appendTail(path);
        return path.toString();
    }

    private final Map<String, Long> ids = new LinkedHashMap<>();

    private Long idOf(String table) {
        if (table.equals("practice")) {
            return practiceB.value();
        }
        return ids.computeIfAbsent(table, t -> {
            try {
                return jdbc.sql("select min(id) from " + t + " where practice_id = :p").param("p", practiceB.value())
                    .query(Long.class).optional().orElse(null);
            }
            catch (RuntimeException e) {
                return null;
            }
        });
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (FRAMEWORK.stream().anyMatch(p -> p.matcher(pattern).matches())) {
                    continue;
                }
                if (methods.isEmpty()) {
                    routes.add(new Route(pattern, HttpMethod.GET));
                }
                methods.forEach(method -> routes.add(new Route(pattern, HttpMethod.valueOf(method.name()))));
            }
        }
        routes.sort(java.util.Comparator.comparing(Route::pattern).thenComparing(r -> r.method().name()));
        return routes;
    }

    private static boolean isPublic(String pattern) {
        return PUBLIC.stream().anyMatch(p -> p.matcher(pattern).matches());
    }
}
