package org.referout.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.referout.operations.CrashRig.count;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referout.directory.NppesGenerator;
import org.referout.directory.index.ProviderIndex;

/**
 * Q, crash safety of an import: {@code directory import-nppes FILE} runs as its own process on a generated NPPES
 * file with malformed rows and is killed with SIGKILL as soon as it reports its first committed chunk, while it
 * writes the next. The database then reads end to end and holds whole chunks only (the checkpoint matches the
 * rows). Running the same command again resumes, and the directory, its counts, its rejections and its search
 * index end identical to one clean run of the file into an empty database: no duplicates, nothing lost.
 */
@Tag("crash")
class NppesImportCrashTests {

    /** Three chunks of 5,000: the kill lands in the second, and the third is still to come. */
    static final int ROWS = 12_000;

    @TempDir
    Path dir;

    @Test
    void killedImportResumesToTheSameDirectoryAsOneCleanRun() throws Exception {
        Path file = dir.resolve("npidata.csv");
        new NppesGenerator().write(file, NppesGenerator.Options.of(ROWS, 8).withSeed(20261127));
        long lines;
        try (var all = Files.lines(file)) {
            lines = all.count();
        }
        Path data = dir.resolve("data");

        Process killed = CrashRig.verb(data, "directory", "import-nppes", file.toString()).start();
        StringBuilder output = new StringBuilder();
        try (var out = new BufferedReader(new InputStreamReader(killed.getInputStream(), StandardCharsets.UTF_8))) {
            // the first progress line comes right after the first chunk's commit
            for (String line = out.readLine(); line != null && !line.contains(" rows/s "); line = out.readLine()) {
                output.append(line).append('\n');
            }
            killed.destroyForcibly();
            assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(killed.exitValue()).as("killed, not finished: " + output).isNotZero();
        try (Connection db = CrashRig.open(data)) {
            CrashRig.everyTableReads(db);
            try (ResultSet run = db.createStatement().executeQuery("select * from directory_import_run")) {
                assertThat(run.next()).isTrue();
                assertThat(run.getString("status")).isEqualTo("RUNNING");
                assertThat(run.getLong("last_line")).as("checkpoint").isBetween(2L, lines - 1);
                assertThat(count(db, "select count(*) from directory_provider"))
                    .as("rows stored = rows the checkpoint covers")
                    .isEqualTo(run.getLong("rows_imported") + run.getLong("rows_deactivated"));
                assertThat(run.next()).isFalse();
            }
        }

        String resumed = CrashRig.run(data, "", "directory", "import-nppes", file.toString());
        assertThat(resumed).contains("resumed after line");
        Path clean = dir.resolve("clean");
        CrashRig.run(clean, "", "directory", "import-nppes", file.toString());

        try (Connection afterCrash = CrashRig.open(data); Connection once = CrashRig.open(clean)) {
            CrashRig.everyTableReads(afterCrash);
            for (String query : new String[] { "select * from directory_provider order by npi",
                    "select line_number, reason from directory_import_rejection order by line_number",
                    "select status, last_line, rows_read, rows_imported, rows_updated, rows_unchanged, "
                            + "rows_deactivated, rows_rejected from directory_import_run" }) {
                assertThat(dump(afterCrash, query)).as(query).isEqualTo(dump(once, query));
            }
            assertThat(count(afterCrash, "select rows_read from directory_import_run")).isEqualTo(ROWS);
            assertThat(count(afterCrash, "select rows_rejected from directory_import_run")).isEqualTo(8);
        }
        try (ProviderIndex afterCrash = ProviderIndex.open(data.resolve("index"));
                ProviderIndex once = ProviderIndex.open(clean.resolve("index"))) {
            assertThat(afterCrash.size()).as("providers in the search index").isEqualTo(once.size()).isPositive();
        }
    }

    /** Every row of the query as text, to compare two databases. */
    private static String dump(Connection db, String query) throws Exception {
        StringBuilder text = new StringBuilder();
        try (ResultSet rs = db.createStatement().executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    text.append(rs.getString(i)).append('|');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }
}
