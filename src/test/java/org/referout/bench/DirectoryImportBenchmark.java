package org.referout.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.referout.directory.DirectoryBench;
import org.referout.directory.NppesGenerator;

/**
 * Timed main (not a test): generates an NPPES-format file of N rows (once, kept under target/bench), then imports
 * it into a fresh embedded H2 file database with the on-disk index: parse + store + index, rows per second.
 * <pre>
 * mvn -o -q test-compile && java -Xmx2g -XX:+UseParallelGC -XX:InlineSmallCode=500 -XX:MaxInlineLevel=4 \
 *     -cp target/test-classes:target/classes:$(cat cp.txt) \
 *     org.referout.bench.DirectoryImportBenchmark 2000000
 * </pre>
 */
public final class DirectoryImportBenchmark {

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        Path work = Path.of("target/bench/import-" + rows);
        Path file = work.resolve("npidata.csv");
        Files.createDirectories(work);
        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            new NppesGenerator().write(file, NppesGenerator.Options.of(rows, 0));
            System.out.printf("generated %,d rows (%,d MB) in %.1f s%n", rows, Files.size(file) >> 20, (System.nanoTime() - t0) / 1e9);
        }
        Path db = work.resolve("db-" + System.currentTimeMillis());
        // a pool, as in the application: a DriverManager connection would open and close (compact) the file each time
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:file:" + db.toAbsolutePath() + "/referout;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        dataSource.setUsername("sa");
        Flyway.configure().dataSource(dataSource).load().migrate();
        try (var bench = DirectoryBench.open(dataSource, db.resolve("index"), Clock.systemUTC())) {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            var report = bench.directory().importNppes(file, false, p -> {
                if (p.rowsRead() % 100_000 == 0) {
                    System.out.println(p.describe());
                }
            });
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.println(report.summary());
            System.out.printf("import (parse + store + index): %,d rows in %.1f s = %,.0f rows/s%n", report.rowsRead(),
                    seconds, report.rowsRead() / seconds);
            // on a shared machine, CPU seconds say more than wall time: both threads' (reader, writer) and GC's
            double cpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
            System.out.printf("process CPU time: %.1f s = %,.0f rows per CPU-second%n", cpuSeconds, report.rowsRead() / cpuSeconds);
        }
        dataSource.close();
        System.out.printf("machine: %d cores, %s, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                DirectorySearchBenchmark.cpu(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
