package org.referout.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.referout.directory.index.ProviderIndex;
import org.referout.directory.nppes.NppesReader;
import org.referout.fuzz.NppesMutations;
import org.referout.web.BadRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Q on the NPPES import (NppesReaderFuzzTests covers the reader alone): a damaged file either imports, storing
 * exactly the providers of the rows the reader accepts and a rejection for each line it refuses, or is refused
 * as a whole with a BadRequestException and stores nothing. Never another exception, never part of a row.
 */
class NppesImportFuzzTests {

    DataSource dataSource;
    JdbcClient jdbc;
    Path file;

    @BeforeProperty
    void database() throws Exception {
        // one migrated in-memory database per property, emptied after each try: migrating per try is slow
        dataSource = DirectoryDatabase.fresh();
        jdbc = JdbcClient.create(dataSource);
        file = Files.createTempFile("nppes-fuzz", ".csv");
    }

    @AfterTry
    void empty() {
        for (String table : List.of("directory_import_rejection", "directory_import_run",
                "directory_provider")) {
            jdbc.sql("delete from " + table).update();
        }
    }

    @AfterProperty
    void removeFile() throws Exception {
        Files.deleteIfExists(file);
    }

    @Property(tries = 40)
    void aDamagedFileImportsWhatTheReaderAcceptsOrNothing(@ForAll("mutatedFile") String content) throws Exception {
        // getBytes, not writeString: lone surrogates become '?' instead of failing the try
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        ProviderIndex index = ProviderIndex.inMemory();
        Directory directory = DirectoryDatabase.directory(dataSource, index, NppesImportTests.TAXONOMY,
                NppesImportTests.ZIPS);
        Read expected = read(bytes);
        try {
            ImportReport report = directory.importNppes(file, false, ImportProgress.Listener.NONE);
            assertThat(expected.unreadable()).as("the reader refused this file, the import did not").isFalse();
            assertThat(report.status()).isEqualTo("COMPLETED");
            assertThat(report.rowsRead()).isEqualTo(report.imported() + report.updated() + report.unchanged()
                    + report.deactivated() + report.rejected());
            assertThat(report.rejections()).extracting(ImportReport.Rejection::line)
                .containsExactlyElementsOf(expected.rejectedLines());
            assertThat(jdbc.sql("select npi from directory_provider").query(Long.class).set())
                .isEqualTo(expected.npis());
            assertThat((long) index.size()).isEqualTo(jdbc.sql(
                    "select count(*) from directory_provider where deactivated_on is null").query(Long.class).single());
        }
        catch (BadRequestException refused) {
            assertThat(expected.unreadable()).as("refused: " + refused.getMessage()).isTrue();
            assertThat(jdbc.sql("select count(*) from directory_provider").query(Long.class).single())
                .as("providers stored from a refused file").isZero();
        }
        finally {
            index.close();
        }
    }

    @Provide
    Arbitrary<String> mutatedFile() {
        return NppesMutations.files();
    }

    private record Read(Set<Long> npis, List<Long> rejectedLines, boolean unreadable) {
    }

    /** What the reader alone makes of the file: the NPIs of its rows and the lines it rejects. */
    private static Read read(byte[] content) throws Exception {
        Set<Long> npis = new HashSet<>();
        List<Long> rejected = new ArrayList<>();
        try (NppesReader reader = new NppesReader(new ByteArrayInputStream(content))) {
            for (NppesReader.Item item = reader.next(); item != null; item = reader.next()) {
                if (item.row() != null) {
                    npis.add(item.row().npi());
                }
                else {
                    rejected.add(item.rejected().line());
                }
            }
        }
        catch (UncheckedIOException brokenQuote) {
            return new Read(Set.of(), List.of(), true);
        }
        return new Read(npis, rejected, false);
    }
}
