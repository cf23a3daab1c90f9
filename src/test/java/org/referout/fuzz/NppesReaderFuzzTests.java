package org.referout.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.referout.directory.nppes.NppesReader;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * C5/Q on NPPES rows: a file with rows cut, split, re-quoted or given stray characters is read to its end
 * without hanging; every record is a row or a rejection with a line number inside the file, in file order.
 * The one refusal of the whole file is a broken quote that swallows the rest (an UncheckedIOException the
 * import reports), never another exception.
 */
class NppesReaderFuzzTests {

    @Property(tries = 200)
    void mutatedRowsAreReadOrRejectedWithTheirLine(@ForAll("mutatedFile") String file) {
        long lines = file.lines().count();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try (NppesReader reader = new NppesReader(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))) {
                long previous = 1;
                for (NppesReader.Item item = reader.next(); item != null; item = reader.next()) {
                    assertThat(item.row() == null).isNotEqualTo(item.rejected() == null);
                    if (item.rejected() != null) {
                        assertThat(item.rejected().line()).isBetween(previous + 1, lines + 1);
                        assertThat(item.rejected().reason()).isNotBlank();
                    }
                    previous = item.endLine();
                }
            } catch (UncheckedIOException brokenQuote) {
                assertThat(brokenQuote.getMessage()).isNotBlank();
            }
        });
    }

    @Provide
    Arbitrary<String> mutatedFile() {
        return NppesMutations.files();
    }
}
