package org.referout.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.referout.directory.index.ProviderIndex;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

@Tag("db")
@ExtendWith(DirectoryDatabase.class)
@Tag("slow")
class NppesImportTests {

    /** 1,000 real rows of the NPPES file (copied from the shared data set, see src/test/resources/nppes). */
    static final Path SAMPLE = Path.of("src/test/resources/nppes/nppes_sample_1000_pandas.csv");
    static final Taxonomy TAXONOMY = new Taxonomy();
    static final ZipCentroids ZIPS = new ZipCentroids();

    @TempDir
    Path tmp;
    DataSource dataSource;
    ProviderIndex index;
    Directory directory;

    @BeforeEach
    void setUp() {
        dataSource = DirectoryDatabase.fresh();
        index = ProviderIndex.inMemory();
        directory = DirectoryDatabase.directory(dataSource, index, TAXONOMY, ZIPS);
    }

    static Path sample() {
        return SAMPLE;
    }

    @Test
    void importsTheRealSampleRows() {
        ImportReport report = directory.importNppes(sample(), false, ImportProgress.Listener.NONE);

        assertThat(report.status()).isEqualTo("COMPLETED");
        assertThat(report.rowsRead()).isEqualTo(1000);
        assertThat(report.rejected()).isZero();
        assertThat(report.imported()).isEqualTo(921);
        assertThat(report.deactivated()).isEqualTo(79);
        Provider wiebe = directory.find(1679576722L).orElseThrow();
        // NPPES spells it "DAVID A WIEBE"; people read it in title case
        assertThat(wiebe.name()).isEqualTo("David A Wiebe");
        assertThat(wiebe.zip()).isEqualTo("68847");
        assertThat(wiebe.taxonomyCodes()).containsExactly("207X00000X");
        assertThat(wiebe.latitude()).isNotNull();
        assertThat(index.size()).isEqualTo(921);
    }

    @Test
    void plantedMalformedRowsAreReportedWithLineAndReasonAndNothingOfThemIsStored() {
        Path file = tmp.resolve("npidata.csv");
        List<NppesGenerator.Planted> planted = directory.generateNppes(file, 20_000, 12, 7);

        ImportReport report = directory.importNppes(file, false, ImportProgress.Listener.NONE);

        assertThat(report.rejected()).isEqualTo(12);
        assertThat(report.rejections()).extracting(ImportReport.Rejection::line)
            .containsExactlyElementsOf(planted.stream().map(NppesGenerator.Planted::line).toList());
        assertThat(report.rejections()).extracting(ImportReport.Rejection::reason)
            .anyMatch(r -> r.startsWith("bad NPI"))
            .anyMatch(r -> r.startsWith("wrong column count"))
            .anyMatch(r -> r.startsWith("bad Entity Type Code"))
            .anyMatch(r -> r.startsWith("unparsable Last Update Date"));
        assertThat(report.imported() + report.deactivated()).isEqualTo(20_000 - 12);
        assertThat(count("directory_provider")).isEqualTo(20_000 - 12);
    }

    /** C9: referout.nppes.rows counts committed rows by outcome, once each, also across a resumed run. */
    @Test
    void rowsAreCountedByOutcomeOncePerCommittedRow() {
        var meters = new SimpleMeterRegistry();
        Directory counted = DirectoryDatabase.directory(dataSource, index, TAXONOMY, ZIPS, meters);
        Path full = tmp.resolve("full.csv");
        Path update = tmp.resolve("update.csv");
        var generator = new NppesGenerator();
        generator.write(full, NppesGenerator.Options.of(7_000, 3).withSeed(1).withLastUpdate(LocalDate.of(2024, 1, 1)));
        generator.write(update, NppesGenerator.Options.of(800, 0).withSeed(2).withLastUpdate(LocalDate.of(2025, 1, 1)));
        int[] chunks = { 0 };
        assertThatThrownBy(() -> counted.importNppes(full, false, progress -> {
            if (++chunks[0] == 1) {
                throw new IllegalStateException("killed");
            }
        })).hasMessage("killed");
        ImportReport first = counted.importNppes(full, false, ImportProgress.Listener.NONE);
        ImportReport second = counted.importNppes(update, true, ImportProgress.Listener.NONE);

        assertThat(Map.of("imported", rows(meters, "imported"), "updated", rows(meters, "updated"),
                "deactivated", rows(meters, "deactivated"), "rejected", rows(meters, "rejected")))
            .isEqualTo(Map.of("imported", (double) first.imported() + second.imported(),
                    "updated", (double) first.updated() + second.updated(),
                    "deactivated", (double) first.deactivated() + second.deactivated(),
                    "rejected", (double) first.rejected() + second.rejected()));
        assertThat(first.imported()).isPositive();
        assertThat(second.updated()).isPositive();
        assertThat(first.rejected()).isEqualTo(3);
    }

    private static double rows(MeterRegistry meters, String outcome) {
        return meters.get("referout.nppes.rows").tag("outcome", outcome).counter().count();
    }

    @Test
    void anImportKilledMidwayResumesAndEndsIdenticalToOneCleanRun() throws Exception {
        Path file = tmp.resolve("npidata.csv");
        directory.generateNppes(file, 23_456, 5, 11);
        int[] chunks = { 0 };
        assertThatThrownBy(() -> directory.importNppes(file, false, progress -> {
            if (++chunks[0] == 2) {
                throw new IllegalStateException("killed");
            }
        })).hasMessage("killed");
        assertThat(count("directory_provider")).isEqualTo(2 * NppesImport.CHUNK_ROWS - rejectedIn(2));

        ImportReport resumed = directory.importNppes(file, false, ImportProgress.Listener.NONE);
        assertThat(resumed.resumedAfterLine()).isPositive();
        String afterResume = snapshot();
        long indexedAfterResume = index.size();

        DataSource clean = DirectoryDatabase.fresh();
        ProviderIndex cleanIndex = ProviderIndex.inMemory();
        ImportReport once = DirectoryDatabase.directory(clean, cleanIndex, TAXONOMY, ZIPS)
            .importNppes(file, false, ImportProgress.Listener.NONE);
        dataSource = clean;
        assertThat(snapshot()).isEqualTo(afterResume);
        assertThat(indexedAfterResume).isEqualTo(cleanIndex.size());
        assertThat(List.of(resumed.rowsRead(), resumed.imported(), resumed.deactivated(), resumed.rejected()))
            .isEqualTo(List.of(once.rowsRead(), once.imported(), once.deactivated(), once.rejected()));
        assertThat(resumed.rejections()).isEqualTo(once.rejections());
    }

    private long rejectedIn(int chunks) {
        return JdbcClient.create(dataSource).sql("select rows_rejected from directory_import_run").query(Long.class).single();
    }

    @Test
    void anUpdateFileAddsChangesAndDeactivates() {
        Path full = tmp.resolve("full.csv");
        Path update = tmp.resolve("update.csv");
        var generator = new NppesGenerator();
        generator.write(full, NppesGenerator.Options.of(2_000, 0).withSeed(1).withLastUpdate(LocalDate.of(2024, 1, 1)));
        // same NPIs for the first 2,000 rows, different content and a later date, plus 500 new NPIs
        generator.write(update, NppesGenerator.Options.of(2_500, 0).withSeed(2).withLastUpdate(LocalDate.of(2025, 1, 1)));
        ImportReport first = directory.importNppes(full, false, ImportProgress.Listener.NONE);

        ImportReport second = directory.importNppes(update, true, ImportProgress.Listener.NONE);

        assertThat(second.updateFile()).isTrue();
        assertThat(second.imported() + second.updated() + second.deactivated() + second.unchanged()).isEqualTo(2_500);
        assertThat(second.updated()).isGreaterThan(1_900);
        assertThat(second.deactivated()).isGreaterThan(10);
        long active = JdbcClient.create(dataSource)
            .sql("select count(*) from directory_provider where deactivated_on is null").query(Long.class).single();
        assertThat(index.size()).isEqualTo(active);
        // applying the same update again changes nothing
        ImportReport again = directory.importNppes(update, true, ImportProgress.Listener.NONE);
        assertThat(again.unchanged()).isEqualTo(2_500);
        assertThat(first.imported()).isPositive();
    }

    @Test
    void aFileWithoutTheNppesHeaderIsRefused() throws Exception {
        Path file = tmp.resolve("other.csv");
        Files.writeString(file, "a,b\n1,2\n");
        assertThatThrownBy(() -> directory.importNppes(file, false, ImportProgress.Listener.NONE))
            .isInstanceOf(org.referout.web.BadRequestException.class)
            .hasMessageContaining("NPI");
    }

    @Test
    void theIndexIsRebuiltFromTheDatabaseWhenMissing() {
        directory.importNppes(sample(), false, ImportProgress.Listener.NONE);
        ProviderIndex empty = ProviderIndex.inMemory();
        Directory restarted = DirectoryDatabase.directory(dataSource, empty, TAXONOMY, ZIPS);

        assertThat(restarted.ensureIndexCurrent()).isTrue();
        assertThat(empty.size()).isEqualTo(921);
        assertThat(restarted.ensureIndexCurrent()).isFalse();
    }

    /** V32 moved the codes from directory_provider_taxonomy into the provider row, primary first. */
    @Test
    void codesStoredBeforeV32MoveIntoTheProviderRowPrimaryFirst() {
        DataSource before = DirectoryDatabase.fresh(MigrationVersion.fromVersion("31"));
        var jdbc = JdbcClient.create(before);
        jdbc.sql("insert into directory_provider (npi, entity_type) values (1234567893, 1), (1245319599, 1), "
                + "(1003000126, 2)").update();
        jdbc.sql("insert into directory_provider_taxonomy (npi, position, code, is_primary) values "
                + "(1234567893, 1, '225700000X', false), (1234567893, 2, '207X00000X', true), "
                + "(1234567893, 3, '111N00000X', false), (1245319599, 1, '225X00000X', true)").update();

        Flyway.configure().dataSource(before).locations("classpath:db/migration").load().migrate();

        var providers = new ProviderRepository(jdbc, before);
        assertThat(providers.find(1234567893L).orElseThrow().codes())
            .containsExactly("207X00000X", "225700000X", "111N00000X");
        assertThat(providers.find(1245319599L).orElseThrow().codes()).containsExactly("225X00000X");
        assertThat(providers.find(1003000126L).orElseThrow().codes()).isEmpty();
    }

    private long count(String table) {
        return JdbcClient.create(dataSource).sql("select count(*) from " + table).query(Long.class).single();
    }

    /** The directory's content as text, to compare two databases. */
    private String snapshot() {
        var jdbc = JdbcClient.create(dataSource);
        StringBuilder text = new StringBuilder();
        jdbc.sql("select " + ProviderRepository.COLUMNS + " from directory_provider order by npi")
            .query(rs -> {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    text.append(rs.getString(i)).append('|');
                }
                text.append('\n');
            });
        return text.toString();
    }

}
