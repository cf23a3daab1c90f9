package org.referout.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;

import org.referout.support.AppProcess;

/**
 * What the crash tests (Q) share: ReferOut's command-line verbs as separate processes on the test class path, a
 * signed-in API client for an app in its own process, and read-only looks at the embedded database file once
 * the process that wrote it is gone.
 */
final class CrashRig {

    static final String PASSWORD = "crash-test-password";

    private CrashRig() {
    }

    /** A command-line verb as its own JVM, like {@code java -jar referout.jar VERB ...}, without the jar build. */
    static ProcessBuilder verb(Path data, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.referout.ReferOutApplication"));
        command.addAll(List.of(args));
        command.add("--referout.data-dir=" + data.toAbsolutePath());
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** Runs a verb to its end with {@code input} on standard input; fails the test unless it exits with 0. */
    static String run(Path data, String input, String... args) throws Exception {
        Process process = verb(data, args).start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    /**
     * A new practice in the data directory's database, made by the operator verb before the app starts: the
     * embedded database is in-process only, so the verb refuses to run beside a running server.
     */
    static void practice(Path data, String owner) throws Exception {
        run(data, PASSWORD + "\n", "practice", "create", "--name", "Crash Test", "--owner", owner);
    }

    /** An API token for the owner of a practice made by {@link #practice}. */
    static Api signIn(AppProcess app, String owner) throws Exception {
        Api anonymous = new Api(HttpClient.newHttpClient(), app, null);
        String token = match("\"token\"\\s*:\\s*\"([^\"]+)\"", anonymous.post("/api/v1/auth/token",
                "{\"email\":\"" + owner + "\",\"password\":\"" + PASSWORD + "\"}", 201));
        return new Api(anonymous.http, app, token);
    }

    /** JSON over HTTP to an app in its own process; failures to connect (the app was killed) are thrown. */
    record Api(HttpClient http, AppProcess app, String token) {

        HttpResponse<String> send(String path, String body) throws Exception {
            var builder = HttpRequest.newBuilder(URI.create(app.base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The response body; fails the test unless the status is {@code expected}. */
        String post(String path, String body, int expected) throws Exception {
            var response = send(path, body);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expected);
            return response.body();
        }
    }

    static String match(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    /** The embedded database file under a data directory; only while no ReferOut process has it open. */
    static Connection open(Path data) throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("referout")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa",
                java.nio.file.Files.readString(data.resolve(EmbeddedDatabase.KEY_FILE)).strip());
    }

    /** The embedded database of a running ReferOut started with {@code --referout.database.tcp-port=tcpPort}. */
    static Connection openLive(Path data, int tcpPort) throws Exception {
        return DriverManager.getConnection("jdbc:h2:tcp://127.0.0.1:" + tcpPort + "/" + data.toAbsolutePath().resolve("referout")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa",
                java.nio.file.Files.readString(data.resolve(EmbeddedDatabase.KEY_FILE)).strip());
    }

    /**
     * Waits until the running ReferOut has completed every module event it re-delivers after a crash: once none is
     * incomplete, no further delivery (and so no duplicate mail) can follow.
     */
    static void awaitEventsCompleted(Path data, int tcpPort) throws Exception {
        try (Connection live = openLive(data, tcpPort)) {
            Awaitility.await("module events re-delivered after the restart").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> count(live, "select count(*) from event_publication where completion_date is null") == 0);
        }
    }

    static long count(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * H2 has no CHECK TABLE: reading every row of every table touches every data page, so a torn page or a
     * broken row fails here rather than later in the app.
     */
    static void everyTableReads(Connection db) throws Exception {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertThat(tables).contains("referral", "visit", "directory_provider", "event_publication");
        for (String table : tables) {
            try (ResultSet rs = db.createStatement().executeQuery("select * from " + table)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                }
            }
        }
    }
}
