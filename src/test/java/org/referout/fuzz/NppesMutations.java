package org.referout.fuzz;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.referout.directory.NppesGenerator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Damaged NPPES files for fuzzing the reader (here) and the import (in the directory's package): a valid
 * generated file with rows cut, split, re-quoted or given stray characters, or random text after the header.
 */
public final class NppesMutations {

    /** Six generated rows under the NPPES header. */
    public static final String VALID = valid();

    private NppesMutations() {
    }

    private static String valid() {
        try {
            StringWriter out = new StringWriter();
            new NppesGenerator().write(out, NppesGenerator.Options.of(6, 0));
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header stays (a file without the NPPES header is refused as a whole, by design); rows change. */
    public static Arbitrary<String> files() {
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
        return Arbitraries.frequencyOf(Tuple.of(4, once), Tuple.of(1, randomRows));
    }
}
