package org.referout.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referout.support.AppProcess;

/**
 * Q, crash safety: ReferOut is killed with SIGKILL while several clients record visits with scores. After a
 * restart on the same embedded database, the database opens and passes its integrity check, every visit has
 * exactly the scores it was sent with (all or nothing), and module events interrupted by the crash are
 * delivered (no publication left incomplete).
 */
@Tag("crash")
class CrashSafetyTests {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    @TempDir
    Path dir;

    @Test
    void killedDuringVisitSavesLeavesAConsistentDatabase() throws Exception {
        Path data = dir.resolve("data");
        HttpClient http = HttpClient.newHttpClient();
        String token;
        long episode;
        AtomicInteger acknowledged = new AtomicInteger();
        try (AppProcess app = AppProcess.start(data)) {
            run(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), "org.referout.ReferOutApplication", "practice", "create",
                    "--name", "Crash Test", "--owner", "crash@example.test",
                    "--referout.data-dir=" + data.toAbsolutePath());
            token = match(TOKEN, post(http, app, null, "/api/v1/auth/token",
                    "{\"email\":\"crash@example.test\",\"password\":\"crash-test-password\"}"));
            long client = Long.parseLong(match(ID, post(http, app, token, "/api/v1/clients",
                    "{\"firstName\":\"Crash\",\"lastName\":\"Dummy\",\"dateOfBirth\":\"1980-02-03\",\"zip\":\"10001\"}")));
            episode = Long.parseLong(match(ID, post(http, app, token, "/api/v1/clients/" + client + "/episodes",
                    "{\"complaint\":\"LOW_BACK_PAIN\",\"chronic\":false,\"primaryMeasure\":\"PSFS\","
                            + "\"psfsActivities\":[\"walking\",\"sitting\",\"lifting\"],\"startDate\":\""
                            + LocalDate.now().minusDays(30) + "\"}")));
            ExecutorService writers = Executors.newFixedThreadPool(4);
            for (int w = 0; w < 4; w++) {
                writers.submit(() -> {
                    for (int i = 0; i < 10_000; i++) {
                        try {
                            var response = http.send(request(app, token, "/api/v1/episodes/" + episode + "/visits",
                                    "{\"date\":\"" + LocalDate.now() + "\",\"durationMinutes\":60,\"techniques\":"
                                            + "[\"SWEDISH\"],\"scores\":[{\"measure\":\"PSFS\",\"items\":[3,4,5]},"
                                            + "{\"measure\":\"NPRS\",\"value\":5}]}"),
                                    HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() == 201) {
                                acknowledged.incrementAndGet();
                            }
                        }
                        catch (Exception killed) {
                            return;
                        }
                    }
                });
            }
            while (acknowledged.get() < 40) {
                Thread.sleep(20);
            }
            app.kill();
            writers.shutdownNow();
        }

        try (AppProcess restarted = AppProcess.start(data)) {
            // The server starts and answers on the recovered database; stop it before inspecting the file.
            assertThat(restarted.port).isPositive();
            Thread.sleep(3000);
        }
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("referout")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            long visits = count(db, "select count(*) from visit where episode_id = " + episode);
            long incomplete = count(db, "select count(*) from visit v where episode_id = " + episode
                    + " and (select count(*) from visit_score s where s.practice_id = v.practice_id"
                    + " and s.visit_id = v.id) <> 2");
            assertThat(visits).as("every acknowledged visit survived").isGreaterThanOrEqualTo(acknowledged.get());
            assertThat(incomplete).as("visits stored without all of their scores").isZero();
            assertThat(count(db, "select count(*) from event_publication where completion_date is null"))
                .as("module events not re-delivered after restart").isZero();
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (var rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static HttpRequest request(AppProcess app, String token, String path, String body) {
        var builder = HttpRequest.newBuilder(URI.create(app.base() + path)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    private static String post(HttpClient http, AppProcess app, String token, String path, String body)
            throws Exception {
        var response = http.send(request(app, token, path, body), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
        return response.body();
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().write("crash-test-password\n".getBytes());
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }
}
