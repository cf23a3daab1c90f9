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

    /**
     * The URL segment before a path variable → the table whose ids it takes, or a template around the row id
     * ({@code {visit}-nprs}: an Observation id). Alternatives, comma-separated, are each checked: a FHIR
     * Organization id is the practice's own id or a partner's ({@code partner-{id}}).
     */
    static final Map<String, String> RESOURCES = Map.ofEntries(Map.entry("clients", "client"),
            Map.entry("episodes", "episode"), Map.entry("visits", "visit"), Map.entry("tokens", "api_token"),
            Map.entry("referrals", "referral"), Map.entry("alerts", "progress_alert"), Map.entry("partners", "partner"),
            Map.entry("intake-links", "intake_link"), Map.entry("links", "intake_link"),
            Map.entry("flags", "red_flag_answer"), Map.entry("Patient", "client"),
            Map.entry("Observation", "{visit}-nprs"), Map.entry("Flag", "{client}-saddle-numbness"),
            Map.entry("EpisodeOfCare", "episode"), Map.entry("Organization", "practice,partner-{partner}"),
            Map.entry("Encounter", "visit"), Map.entry("DocumentReference", "visit"),
            Map.entry("ServiceRequest", "referral"), Map.entry("Task", "referral"),
            Map.entry("QuestionnaireResponse", "intake_link"), Map.entry("Practitioner", "app_user"),
            Map.entry("PractitionerRole", "partner-{partner},app_user"), Map.entry("Location", "partner-{partner}"),
            Map.entry("users", "app_user"),
            Map.entry("checks", "burnout_check"), Map.entry("burnout", "burnout_check"),
            Map.entry("recipients", "referral_recipient"), Map.entry("consent", "referral_recipient"),
            Map.entry("letter", "referral_recipient"), Map.entry("inbox", "referral"));

    /**
     * Routes whose ids name no practice's data, so there is nothing to isolate: the product's own Questionnaires
     * (the same for everyone). National directory providers (NPIs) are public too; partners are checked above.
     */
    static final List<Pattern> GLOBAL = List.of(Pattern.compile("^/fhir/Questionnaire/\\{id}$"));

    /** Routes that need no sign-in (Q): login, sign-up, the intake and recipient links, static assets. */
    static final List<Pattern> PUBLIC = List.of(Pattern.compile("^/login$"), Pattern.compile("^/login/unlock/.*$"), Pattern.compile("^/signup(/.*)?$"),
            Pattern.compile("^/intake(/.*)?$"), Pattern.compile("^/r(/.*)?$"), Pattern.compile("^/error$"),
            Pattern.compile("^/api/v1/auth/token$"), Pattern.compile("^/fhir/metadata$"));

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
            if (!VARIABLE.matcher(route.pattern()).find() || isPublic(route.pattern())
                    || GLOBAL.stream().anyMatch(p -> p.matcher(route.pattern()).matches())) {
                continue;
            }
            for (int alternative = 0; alternative < alternatives(route.pattern()); alternative++) {
            String theirs = resolve(route.pattern(), alternative, true, unresolved);
            String madeUp = resolve(route.pattern(), alternative, false, unresolved);
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
        }
        assertThat(unresolved).as("path variables this test cannot map to a table of practice B (add to RESOURCES)")
            .isEmpty();
        assertThat(checked).as("routes with identifiers checked").isGreaterThan(5);
        assertThat(failures).isEmpty();
    }

    /** FHIR searches of practice A never return practice B's records, by B's ids or without any. */
    @Test
    void fhirSearchesFindNothingOfAnotherPractice() throws Exception {
        List<String> failures = new ArrayList<>();
        var user = practiceA.therapist();
        List<String> searches = new ArrayList<>(List.of("/fhir/Patient", "/fhir/ServiceRequest", "/fhir/Task",
                "/fhir/PractitionerRole", "/fhir/QuestionnaireResponse?patient=" + MADE_UP_ID,
                "/fhir/PractitionerRole?specialty=225700000X&location.near=40.69|-73.99|50|km",
                "/fhir/Task?focus=ServiceRequest/" + idOf("referral")));
        for (Long client : jdbc.sql("select id from client where practice_id = :p").param("p", practiceB.value())
            .query(Long.class).list()) {
            for (String type : List.of("Observation", "Encounter", "EpisodeOfCare", "DocumentReference",
                    "QuestionnaireResponse", "ServiceRequest", "Task", "Flag")) {
                searches.add("/fhir/" + type + "?patient=Patient/" + client);
            }
            searches.add("/fhir/QuestionnaireResponse?subject=" + client);
        }
        for (String search : searches) {
            List<String> ids = ids(perform(HttpMethod.GET, search, user));
            // A's own partner-less practice finds national providers (NPIs, public) and nothing else
            if (ids.stream().anyMatch(id -> !id.matches("\\d{10}"))) {
                failures.add(search + " → " + ids);
            }
        }
        List<String> organizations = ids(perform(HttpMethod.GET, "/fhir/Organization", user));
        assertThat(organizations).containsExactly(practiceA.id().toString());
        assertThat(failures).isEmpty();
    }

    /** The ids of a search Bundle's resources (none: no entry at all); anything but a 200 is a failure. */
    private static List<String> ids(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return com.jayway.jsonpath.JsonPath.using(com.jayway.jsonpath.Configuration.defaultConfiguration()
            .addOptions(com.jayway.jsonpath.Option.SUPPRESS_EXCEPTIONS)).parse(response.getContentAsString())
            .read("$.entry[*].resource.id");
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

    /** How many alternative ids the route's variables have (the most of any of its segments). */
    private static int alternatives(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        int most = 1;
        while (m.find()) {
            String template = RESOURCES.get(segment(pattern, m));
            most = Math.max(most, template == null ? 1 : template.split(",").length);
        }
        return most;
    }

    private static String segment(String pattern, Matcher m) {
        String before = pattern.substring(0, m.start());
        return before.endsWith("/") ? before.substring(before.lastIndexOf('/', before.length() - 2) + 1,
                before.length() - 1) : "";
    }

    /**
     * Replaces each variable by practice B's id for its resource (or a made-up id), using the given alternative of
     * its template (or its last); null if B has none.
     */
    private String resolve(String pattern, int alternative, boolean practiceBsId, Set<String> unresolved) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String templates = RESOURCES.get(segment(pattern, m));
            if (templates == null) {
                unresolved.add(pattern + " (segment '" + segment(pattern, m) + "', variable " + m.group(1) + ")");
                return null;
            }
            String[] choices = templates.split(",");
            String template = choices[Math.min(alternative, choices.length - 1)];
            // "prefix{table}suffix": FHIR ids built from a row id, e.g. an Observation "{visit id}-nprs".
            int open = template.indexOf('{');
            String table = open < 0 ? template : template.substring(open + 1, template.indexOf('}'));
            Long id = practiceBsId ? idOf(table) : Long.valueOf(MADE_UP_ID);
            if (id == null) {
                unresolved.add(pattern + " (practice B has no row in " + table + ")");
                return null;
            }
            String value = open < 0 ? id.toString()
                    : template.substring(0, open) + id + template.substring(template.indexOf('}') + 1);
            m.appendReplacement(path, Matcher.quoteReplacement(value));
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
