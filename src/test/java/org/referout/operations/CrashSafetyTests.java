package org.referout.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.referout.operations.CrashRig.count;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
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

    static final String ID = "\"id\"\\s*:\\s*(\\d+)";

    @TempDir
    Path dir;

    @Test
    void killedDuringVisitSavesLeavesAConsistentDatabase() throws Exception {
        Path data = dir.resolve("data");
        long episode;
        AtomicInteger acknowledged = new AtomicInteger();
        CrashRig.practice(data, "crash@example.test");
        try (AppProcess app = AppProcess.start(data)) {
            CrashRig.Api api = CrashRig.signIn(app, "crash@example.test");
            episode = episode(api);
            ExecutorService writers = Executors.newFixedThreadPool(4);
            for (int w = 0; w < 4; w++) {
                writers.submit(() -> {
                    for (int i = 0; i < 10_000; i++) {
                        try {
                            HttpResponse<String> response = api.send("/api/v1/episodes/" + episode + "/visits",
                                    "{\"date\":\"" + LocalDate.now() + "\",\"durationMinutes\":60,\"techniques\":"
                                            + "[\"SWEDISH\"],\"scores\":[{\"measure\":\"PSFS\",\"items\":[3,4,5]},"
                                            + "{\"measure\":\"NPRS\",\"value\":5}]}");
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
            Awaitility.await("40 acknowledged visits").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> acknowledged.get() >= 40);
            app.kill();
            writers.shutdownNow();
        }

        int tcpPort = AppProcess.freePort();
        try (AppProcess restarted = AppProcess.start(data, "--referout.database.tcp-port=" + tcpPort)) {
            // The server starts on the recovered database and re-delivers what the kill interrupted; stop it before
            // inspecting the file.
            assertThat(restarted.port).isPositive();
            CrashRig.awaitEventsCompleted(data, tcpPort);
        }
        try (Connection db = CrashRig.open(data)) {
            CrashRig.everyTableReads(db);
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

    /** A client with a PSFS low-back episode that started a month ago, through the API. */
    static long episode(CrashRig.Api api) throws Exception {
        long client = Long.parseLong(CrashRig.match(ID, api.post("/api/v1/clients",
                "{\"firstName\":\"Crash\",\"lastName\":\"Dummy\",\"dateOfBirth\":\"1980-02-03\",\"zip\":\"10001\"}",
                201)));
        return Long.parseLong(CrashRig.match(ID, api.post("/api/v1/clients/" + client + "/episodes",
                "{\"complaint\":\"LOW_BACK_PAIN\",\"chronic\":false,\"primaryMeasure\":\"PSFS\","
                        + "\"psfsActivities\":[\"walking\",\"sitting\",\"lifting\"],\"startDate\":\""
                        + LocalDate.now().minusDays(30) + "\"}", 201)));
    }
}
