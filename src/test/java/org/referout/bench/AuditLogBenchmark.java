package org.referout.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.referout.support.AppProcess;

/**
 * Issue 17 item 5: the audit log of the demo practice with 100,000 more entries, on the packaged application and
 * its embedded database as the README starts them. Times the first page, filtered pages and a deep page (each
 * 30 times: median, p95, max) and the whole CSV export (3 times), and reports the size of any H2 trace file.
 * <pre>
 * mvn -q -o package -DskipTests &amp;&amp; mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.referout.bench.AuditLogBenchmark [rows]
 * </pre>
 */
public final class AuditLogBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String[] ACTIONS = { "CLIENT_READ", "EPISODE_READ", "VISIT_RECORDED", "REFERRAL_READ",
        "CLIENT_UPDATED" };

    private AuditLogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path data = Path.of("target", "audit-bench", "data").toAbsolutePath();
        if (Files.exists(data)) {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        try (AppProcess first = AppProcess.startPackaged(data, List.of(), "--referout.demo=true")) {
            long until = System.nanoTime() + 120_000_000_000L;
            while (!first.output().contains("demo practice is ready") && System.nanoTime() < until) {
                Thread.sleep(200);
            }
        }
        long added = addEntries(data, rows);
        try (AppProcess app = AppProcess.startPackaged(data, List.of())) {
            HttpClient browser = signIn(app.base());
            long client = 1;
            measure(browser, app.base() + "/audit", "first page");
            measure(browser, app.base() + "/audit?action=CLIENT_READ", "by action");
            measure(browser, app.base() + "/audit?client=" + client, "by client");
            measure(browser, app.base() + "/audit?user=2&from=2026-06-01&to=2026-06-30", "by user and month");
            measure(browser, app.base() + "/audit?page=1000", "page 1,000");
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                var response = browser.send(HttpRequest.newBuilder(URI.create(app.base() + "/audit/export.csv")).build(),
                        HttpResponse.BodyHandlers.ofLines());
                long lines = response.body().count();
                System.out.printf("export: %d lines (%d entries added) in %d ms%n", lines, added,
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
        Path trace = data.resolve("referout.trace.db");
        System.out.println("trace file: " + (Files.exists(trace) ? Files.size(trace) + " bytes" : "none"));
    }

    private static long addEntries(Path data, int rows) throws Exception {
        String key = Files.readString(data.resolve("database.key")).strip();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("referout")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", key)) {
            connection.setAutoCommit(false);
            long[] clients = ids(connection);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into audit_log (practice_id, at, user_id, actor, action, subject_type, subject_id,
                                           client_id, detail, remote_address)
                    values (1, ?, ?, 'Demo therapist', ?, 'client', ?, ?, 'viewed the record', '127.0.0.1')""")) {
                OffsetDateTime start = OffsetDateTime.of(2026, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC);
                for (int i = 0; i < rows; i++) {
                    long client = clients[i % clients.length];
                    insert.setObject(1, start.plusMinutes(i * 4L));
                    insert.setLong(2, 2 + i % 3);
                    insert.setString(3, ACTIONS[i % ACTIONS.length]);
                    insert.setString(4, Long.toString(client));
                    insert.setLong(5, client);
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            return rows;
        }
    }

    private static long[] ids(Connection connection) throws Exception {
        var rs = connection.createStatement().executeQuery("select id from client where practice_id = 1 order by id");
        List<Long> ids = new ArrayList<>();
        while (rs.next()) {
            ids.add(rs.getLong(1));
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static HttpClient signIn(String base) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "email=" + URLEncoder.encode("demo@referout.example", StandardCharsets.UTF_8)
                + "&password=referout-demo&_csrf=" + csrf.group(1);
        int status = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode();
        if (status != 302) {
            throw new IllegalStateException("sign-in failed with " + status);
        }
        return browser;
    }

    private static void measure(HttpClient browser, String url, String name) throws Exception {
        long[] millis = new long[30];
        for (int warm = 0; warm < 10; warm++) {
            browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
        }
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            var response = browser.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            millis[i] = (System.nanoTime() - start) / 1_000;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
        }
        Arrays.sort(millis);
        System.out.printf("%-20s median %.1f ms, p95 %.1f ms, max %.1f ms%n", name, millis[15] / 1000.0,
                millis[28] / 1000.0, millis[29] / 1000.0);
    }
}
