package org.referout.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 7: with {@code WRITE_DELAY=0} (every commit durable at once) H2 runs no background maintenance, so
 * a file that grew under updates stays at its largest while the server runs. Both runs below do the same updates on
 * the same settings, then a few quiet seconds; with the housekeeping running beside the writers the file is back
 * near the size of its data, and every committed update is there after reopening. The retention time is 1 s (the
 * application's is 3 s) so that freed chunks come back within the test's seconds.
 */
class EmbeddedDatabaseHousekeepingTests {

    private static final int ROWS = 3_000;
    private static final long CHURN_MILLIS = 6_000;
    private static final long QUIET_MILLIS = 6_000;

    @TempDir
    Path dir;

    @Test
    void aFileThatGrewUnderWritesShrinksAtTheNextQuietTimeWithItsDataIntact() throws Exception {
        Churn without = churn(dir.resolve("plain"), false);
        Churn with = churn(dir.resolve("kept"), true);

        assertThat(with.updates).as("the housekeeping must not starve the writers").isGreaterThan(without.updates / 3);
        assertThat(with.afterQuietBytes)
                .as("file after a quiet time with housekeeping (%s) against without (%s)", with, without)
                .isLessThan(without.afterQuietBytes / 2);
    }

    private Churn churn(Path directory, boolean housekeeping) throws Exception {
        Files.createDirectories(directory);
        String url = "jdbc:h2:file:" + directory.resolve("db") + ";WRITE_DELAY=0;RETENTION_TIME=1000";
        Path file = directory.resolve("db.mv.db");
        AtomicLong largest = new AtomicLong();
        AtomicLong updates = new AtomicLong();
        long afterQuiet;
        try (Connection setup = DriverManager.getConnection(url, "sa", "")) {
            try (Statement statement = setup.createStatement()) {
                statement.execute("CREATE TABLE note(id INT PRIMARY KEY, version INT NOT NULL, text VARCHAR(400) NOT NULL)");
                statement.execute("INSERT INTO note SELECT x, 0, REPEAT('n', 300) FROM SYSTEM_RANGE(1, " + ROWS + ")");
            }
            MVStore store = EmbeddedDatabaseHousekeeping.storeOf(setup);
            EmbeddedDatabaseHousekeeping.Rounds rounds = new EmbeddedDatabaseHousekeeping.Rounds();
            AtomicBoolean running = new AtomicBoolean(true);
            Thread[] writers = { writer(url, running, updates), writer(url, running, updates) };
            AtomicReference<Throwable> failure = new AtomicReference<>();
            for (Thread writer : writers) {
                writer.setUncaughtExceptionHandler((thread, e) -> failure.set(e));
                writer.start();
            }
            long end = System.currentTimeMillis() + CHURN_MILLIS;
            while (System.currentTimeMillis() < end) {
                if (housekeeping) {
                    rounds.next(store);
                }
                largest.accumulateAndGet(Files.size(file), Math::max);
                Thread.sleep(50);
            }
            running.set(false);
            for (Thread writer : writers) {
                writer.join();
            }
            assertThat(failure.get()).as("a writer failed").isNull();
            // a quiet time follows, as after a busy hour: nothing commits, only the housekeeping (if any) runs
            long quietEnd = System.currentTimeMillis() + QUIET_MILLIS;
            while (System.currentTimeMillis() < quietEnd) {
                if (housekeeping) {
                    rounds.next(store);
                }
                Thread.sleep(100);
            }
            afterQuiet = Files.size(file);
        }
        try (Connection reopened = DriverManager.getConnection(url, "sa", "");
                ResultSet rows = reopened.createStatement().executeQuery("SELECT COUNT(*), SUM(version) FROM note")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(ROWS);
            assertThat(rows.getLong(2)).as("every committed update is there").isEqualTo(updates.get());
        }
        return new Churn(largest.get(), afterQuiet, updates.get());
    }

    private static Thread writer(String url, AtomicBoolean running, AtomicLong updates) {
        return new Thread(() -> {
            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                    PreparedStatement update = connection.prepareStatement(
                            "UPDATE note SET version = version + 1, text = ? WHERE id = ?")) {
                while (running.get()) {
                    update.setString(1, "n".repeat(200 + ThreadLocalRandom.current().nextInt(200)));
                    update.setInt(2, 1 + ThreadLocalRandom.current().nextInt(ROWS));
                    update.executeUpdate();
                    updates.incrementAndGet();
                }
            }
            catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private record Churn(long largestBytes, long afterQuietBytes, long updates) {
    }
}
