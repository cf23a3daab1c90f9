package org.referout.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 7: the embedded file grew by every commit and shrank only at shutdown. Compacting while the
 * server runs gives the space back and loses nothing written meanwhile. (The 5-minute load against the packaged
 * application is in docs/benchmarks.md.)
 */
class EmbeddedCompactionTests {

    @TempDir
    Path dir;

    @Test
    void compactingWhileOthersWriteShrinksTheFileAndKeepsEveryRow() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("referout") + ";WRITE_DELAY=0;MODE=PostgreSQL";
        Path file = dir.resolve("referout.mv.db");
        try (Connection admin = DriverManager.getConnection(url, "sa", "")) {
            admin.createStatement().execute("create table note (id bigint primary key, body varchar(1000))");
            admin.createStatement().execute("create index note_body on note (body)");
            write(url, 0, 3000);
            long grown = Files.size(file);

            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(2);
            List<Future<Integer>> written = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int first = 10_000 + w * 100_000;
                written.add(writers.submit(() -> {
                    int n = 0;
                    while (writing.get() || n < 200) {
                        write(url, first + n, 1);
                        n++;
                    }
                    return n;
                }));
            }
            var store = EmbeddedCompaction.fileStore(admin);
            assertThat(store).as("an embedded file database is found").isNotNull();
            int retention = store.getRetentionTime();
            for (int i = 0; i < 20; i++) {
                EmbeddedCompaction.compact(admin, store);
            }
            writing.set(false);
            int during = 0;
            for (Future<Integer> each : written) {
                during += each.get();
            }
            writers.shutdown();
            for (int i = 0; i < 20; i++) {
                EmbeddedCompaction.compact(admin, store);
            }

            assertThat(store.getRetentionTime()).as("H2's crash-safety wait is put back").isEqualTo(retention);
            var count = admin.createStatement().executeQuery("select count(*) from note");
            count.next();
            assertThat(count.getLong(1)).isEqualTo(3000L + during);
            assertThat(Files.size(file)).as("grown to %d bytes", grown).isLessThan(grown / 3);
        }
        try (Connection reopened = DriverManager.getConnection(url, "sa", "")) {
            var count = reopened.createStatement().executeQuery("select count(*) from note where body like 'note %'");
            count.next();
            assertThat(count.getLong(1)).as("the file opens again with every row").isGreaterThanOrEqualTo(3400L);
        }
    }

    @Test
    void aServerOnPostgresqlOrInMemoryHasNothingToCompact() throws Exception {
        try (Connection memory = DriverManager.getConnection("jdbc:h2:mem:compaction", "sa", "")) {
            assertThat(EmbeddedCompaction.fileStore(memory)).isNull();
        }
    }

    /** {@code rows} commits of one row each, as visits and audit entries arrive. */
    private static void write(String url, int first, int rows) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                PreparedStatement insert = connection.prepareStatement("insert into note values (?, ?)")) {
            for (int i = 0; i < rows; i++) {
                insert.setLong(1, first + i);
                insert.setString(2, "note " + (first + i) + " " + "x".repeat(200 + (i % 300)));
                insert.executeUpdate();
            }
        }
    }
}
