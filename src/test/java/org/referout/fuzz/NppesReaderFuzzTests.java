package org.referout.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.referout.directory.NppesGenerator;
import org.referout.directory.nppes.NppesReader;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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

    static final String VALID = valid();

    private static String valid() {
        try {
            StringWriter out = new StringWriter();
            new NppesGenerator().write(out, NppesGenerator.Options.of(6, 0));
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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

    /** The header stays (a file without the NPPES header is refused as a whole, by design); rows change. */
    @Provide
    Arbitrary<String> mutatedFile() {
        int bodyStart = VALID.indexOf('\n') + 1;
        Arbitrary<Character> c = Arbitraries.oneOf(Arbitraries.of('"', ',', '\n', '\r', '\u0000', '9'),
                Arbitraries.chars().all());
        Arbitrary<String> once = Combinators.combine(Arbitraries.integers().between(bodyStart, VALID.length() - 1),
                Arbitraries.of(0, 1, 2, 3), c)
            .as((at, op, ch) -> switch (op) {
                case 0 -> VALID.substring(0, at);
                case 1 -> VALID.substring(0, at) + ch + VALID.substring(at);
                case 2 -> VALID.substring(0, at) + VALID.substring(at + 1);
                default -> VALID.substring(0, at) + ch + VALID.substring(at + 1);
            });
        Arbitrary<String> randomRows = Arbitraries.strings().all().ofMaxLength(400)
            .map(rows -> VALID.substring(0, bodyStart) + rows);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, once), net.jqwik.api.Tuple.of(1, randomRows));
    }
}
