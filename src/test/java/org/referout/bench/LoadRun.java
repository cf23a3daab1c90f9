package org.referout.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scripted load against a running ReferOut on loopback (issue 8, P and Q). Bounded in time and requests; it
 * stops by itself. Signs up several practices (one therapist each), creates clients and episodes through the
 * API, then for DURATION seconds runs WORKERS concurrent users that mix client page views (session), visit
 * recording with scores (API), client reads, directory searches and referral steps (create, consent, send,
 * cancel); prints throughput, p50/p95/p99, errors and the server's used heap sampled every 10 s.
 *
 * <pre>
 * java -jar target/referout.jar --referout.data-dir=target/load-data --referout.metrics-token=T \
 *      --spring.mail.host=127.0.0.1 --spring.mail.port=3025 &amp;
 * mvn -q -o test-compile exec:java ... or:
 * java -Dreferout.metrics-token=T -cp target/test-classes:target/classes:$(cat target/classpath.txt) org.referout.bench.LoadRun \
 *      http://127.0.0.1:8080 50 300 [phase]
 * </pre>
 * phase: {@code mixed} (default), {@code visits} (visit recording only), {@code pages} (client page only).
 * A new practice signs in only after opening its confirmation link, so the run listens for the server's mail on
 * SMTP port {@code -Dreferout.load.smtp-port} (3025).
 */
public final class LoadRun {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final long MAX_REQUESTS = 20_000_000;

    record Therapist(HttpClient browser, String email, String password, String token, List<Long> clients,
            List<Long> episodes, long recipient) {
    }

    private final String base;
    private final com.icegreen.greenmail.util.GreenMail mail = new com.icegreen.greenmail.util.GreenMail(
            new com.icegreen.greenmail.util.ServerSetup(Integer.getInteger("referout.load.smtp-port", 3025),
                    "127.0.0.1", "smtp"));
    private final Map<String, Recorder> recorders = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();

    LoadRun(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        if (!URI.create(base).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost|\\[::1\\]")) {
            throw new IllegalArgumentException("load runs against loopback only");
        }
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        String phase = args.length > 3 ? args[3] : "mixed";
        new LoadRun(base).run(workers, Math.min(seconds, 3600), phase);
    }

    void run(int workers, int seconds, String phase) throws Exception {
        mail.start();
        try {
            runStarted(workers, seconds, phase);
        }
        finally {
            mail.stop();
        }
    }

    private void runStarted(int workers, int seconds, String phase) throws Exception {
        int practices = Math.max(1, Math.min(10, workers / 5));
        List<Therapist> therapists = new ArrayList<>();
        for (int p = 0; p < practices; p++) {
            therapists.add(setUp(p));
        }
        System.out.printf("set up %d practices; running %s with %d workers for %d s against %s%n", practices, phase,
                workers, seconds, base);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(workers + 1);
        List<String> heap = new ArrayList<>();
        pool.submit(() -> sampleHeap(therapists.get(0), end, heap));
        for (int w = 0; w < workers; w++) {
            Therapist therapist = therapists.get(w % therapists.size());
            Random random = new Random(w);
            pool.submit(() -> {
                while (System.nanoTime() < end && requests.incrementAndGet() < MAX_REQUESTS) {
                    step(therapist, random, phase);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        report(seconds, heap);
    }

    private void step(Therapist t, Random random, String phase) {
        String kind = switch (phase) {
            case "visits" -> "visit";
            case "pages" -> "page";
            default -> new String[] { "page", "page", "visit", "visit", "client-api", "search", "search", "referral" }
                [random.nextInt(8)];
        };
        long episode = t.episodes().get(random.nextInt(t.episodes().size()));
        long client = t.clients().get(random.nextInt(t.clients().size()));
        switch (kind) {
            case "page" -> timed("GET /clients/{id} (page)", () -> t.browser()
                .send(get("/clients/" + client).build(), HttpResponse.BodyHandlers.discarding()));
            case "visit" -> timed("POST /api/v1/episodes/{id}/visits", () -> t.browser()
                .send(api(t, "/api/v1/episodes/" + episode + "/visits").POST(json("{\"date\":\"" + LocalDate.now()
                        + "\",\"durationMinutes\":60,\"techniques\":[\"SWEDISH\"],\"notes\":\"load\",\"scores\":"
                        + "[{\"measure\":\"NPRS\",\"value\":" + random.nextInt(11) + "}]}")).build(),
                        HttpResponse.BodyHandlers.discarding()));
            case "client-api" -> timed("GET /api/v1/clients/{id}", () -> t.browser()
                .send(api(t, "/api/v1/clients/" + client).GET().build(), HttpResponse.BodyHandlers.discarding()));
            case "referral" -> referral(t, episode);
            default -> timed("GET /api/v1/directory/search", () -> t.browser()
                .send(api(t, "/api/v1/directory/search?type=111N00000X&near=10001&radiusKm=25&limit=10").GET()
                    .build(), HttpResponse.BodyHandlers.discarding()));
        }
    }

    /**
     * The referral steps a therapist takes: create with a recipient, record consent, send (the recipient has no
     * e-mail address, so nothing leaves the machine), then cancel so the episode can be referred again.
     */
    private void referral(Therapist t, long episode) {
        String[] id = new String[1];
        timed("POST /api/v1/referrals", () -> {
            HttpResponse<String> r = t.browser().send(api(t, "/api/v1/referrals").POST(json("{\"episodeId\":" + episode
                    + ",\"urgency\":\"ROUTINE\",\"reason\":\"Not improving after 4 visits\",\"question\":"
                    + "\"Please assess\",\"recipients\":[" + t.recipient() + "]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = ID.matcher(r.body()); // the first id is the referral's
            id[0] = m.find() ? m.group(1) : null;
            return r;
        });
        if (id[0] == null) {
            return;
        }
        String referral = "/api/v1/referrals/" + id[0];
        timed("POST /api/v1/referrals/{id}/consent", () -> t.browser().send(api(t, referral + "/consent")
            .POST(json("{\"recipient\":" + t.recipient() + ",\"givenBy\":\"Client\",\"method\":\"IN_PERSON\","
                    + "\"shares\":{\"summary\":true,\"scores\":true,\"notes\":false,\"redFlags\":true}}")).build(),
                HttpResponse.BodyHandlers.discarding()));
        timed("POST /api/v1/referrals/{id}/send", () -> t.browser().send(api(t, referral + "/send")
            .POST(json("{}")).build(), HttpResponse.BodyHandlers.discarding()));
        timed("POST /api/v1/referrals/{id}/cancel", () -> t.browser().send(api(t, referral + "/cancel")
            .POST(json("{\"note\":\"load run\"}")).build(), HttpResponse.BodyHandlers.discarding()));
    }

    interface Call {
        HttpResponse<?> call() throws IOException, InterruptedException;
    }

    private void timed(String name, Call call) {
        long start = System.nanoTime();
        boolean ok;
        try {
            HttpResponse<?> response = call.call();
            // every step expects its page or JSON: a redirect (to the sign-in page) is a failure too
            ok = response.statusCode() >= 200 && response.statusCode() < 300;
        }
        catch (Exception e) {
            ok = false;
        }
        recorders.computeIfAbsent(name, n -> new Recorder()).record(System.nanoTime() - start, ok);
    }

    /** Opens the confirmation link that the server mailed to the new owner. */
    private void confirm(HttpClient browser, String email) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            for (var message : mail.getReceivedMessagesForDomain(email)) {
                Matcher link = Pattern.compile("/signup/verify/[A-Za-z0-9_-]+")
                    .matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(message).replace("=\r\n", ""));
                if (link.find()) {
                    browser.send(get(link.group()).build(), HttpResponse.BodyHandlers.discarding());
                    return;
                }
            }
            mail.waitForIncomingEmail(500, 1);
        }
        throw new IllegalStateException("no confirmation mail for " + email + ": start the server with "
                + "--spring.mail.host=127.0.0.1 --spring.mail.port=" + Integer.getInteger("referout.load.smtp-port", 3025));
    }

    private Therapist setUp(int index) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String email = "load-" + index + "-" + System.nanoTime() + "@example.test";
        String password = "load-test-password";
        String page = browser.send(get("/signup").build(), HttpResponse.BodyHandlers.ofString()).body();
        String form = "practiceName=Load+" + index + "&ownerName=Load+Therapist&ownerEmail="
                + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + password + "&_csrf="
                + csrf(page);
        int status = browser.send(get("/signup").header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode();
        if (status != 200) {
            throw new IllegalStateException("sign-up failed with " + status);
        }
        confirm(browser, email);
        String login = browser.send(get("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
        int signedIn = browser.send(get("/login").header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                    + "&password=" + password + "&_csrf=" + csrf(login))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        if (signedIn != 302) {
            throw new IllegalStateException("sign-in failed with " + signedIn);
        }
        String tokenJson = browser.send(get("/api/v1/auth/token").header("Content-Type", "application/json")
            .POST(json("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = match(TOKEN, tokenJson);
        Therapist t = new Therapist(browser, email, password, token, new ArrayList<>(), new ArrayList<>(),
                Long.parseLong(match(ID, send(new Therapist(browser, email, password, token, List.of(), List.of(), 0),
                        "/api/v1/recipients",
                        "{\"name\":\"Dr. Load Physician\",\"providerType\":\"family-physician\","
                                + "\"taxonomyCode\":\"207Q00000X\",\"phone\":\"555-0100\"}"))));
        for (int c = 0; c < 20; c++) {
            long client = Long.parseLong(match(ID, send(t, "/api/v1/clients", "{\"firstName\":\"Load\",\"lastName\":\"Client "
                    + c + "\",\"dateOfBirth\":\"1980-01-01\",\"email\":\"c" + c + "@example.test\",\"phone\":\"212-555-0100\",\"zip\":\"10001\"}")));
            t.clients().add(client);
            t.episodes().add(Long.parseLong(match(ID, send(t, "/api/v1/clients/" + client + "/episodes",
                    "{\"complaint\":\"LOW_BACK_PAIN\",\"chronic\":false,\"primaryMeasure\":\"NPRS\",\"psfsActivities\":"
                            + "[\"walking\"],\"startDate\":\"" + LocalDate.now() + "\"}"))));
        }
        return t;
    }

    private String send(Therapist t, String path, String body) throws Exception {
        HttpResponse<String> response = t.browser().send(api(t, path).POST(json(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(path + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /**
     * Metrics are for the operator's scraper only: start the server with {@code --referout.metrics-token=T} and pass
     * the same token as {@code -Dreferout.metrics-token=T}; without it the heap column says "HTTP 401".
     */
    private Void sampleHeap(Therapist t, long end, List<String> samples) throws Exception {
        HttpClient scraper = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = System.getProperty("referout.metrics-token", "");
        while (System.nanoTime() < end) {
            HttpResponse<String> response = scraper.send(get("/actuator/metrics/jvm.memory.used?tag=area:heap")
                    .header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\"value\"\\s*:\\s*([0-9.E+]+)").matcher(response.body());
            samples.add(m.find() ? String.format("%.0f MB", Double.parseDouble(m.group(1)) / 1e6)
                    : "HTTP " + response.statusCode());
            Thread.sleep(10_000);
        }
        return null;
    }

    private void report(int seconds, List<String> heap) {
        System.out.printf("%-40s %9s %9s %8s %8s %8s %8s %7s%n", "operation", "requests", "req/s", "p50 ms",
                "p95 ms", "p99 ms", "max ms", "errors");
        recorders.forEach((name, r) -> System.out.println(r.line(name, seconds)));
        System.out.println("server heap used every 10 s: " + heap);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    private HttpRequest.Builder api(Therapist t, String path) {
        return get(path).header("Authorization", "Bearer " + t.token()).header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    private static String csrf(String html) {
        return match(CSRF, html);
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("expected " + pattern + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }

    /** Latencies in microseconds, kept whole (a run is bounded) so percentiles are exact. */
    static final class Recorder {
        private long[] micros = new long[1 << 16];
        private int count;
        private long errors;

        synchronized void record(long nanos, boolean ok) {
            if (count == micros.length) {
                micros = Arrays.copyOf(micros, count * 2);
            }
            micros[count++] = nanos / 1000;
            if (!ok) {
                errors++;
            }
        }

        synchronized String line(String name, int seconds) {
            long[] sorted = Arrays.copyOf(micros, count);
            Arrays.sort(sorted);
            return String.format("%-40s %9d %9.0f %8.2f %8.2f %8.2f %8.2f %7d", name, count, count / (double) seconds,
                    pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), count == 0 ? 0 : sorted[count - 1] / 1000.0,
                    errors);
        }

        private static double pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1000.0;
        }
    }
}
