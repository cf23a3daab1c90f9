package org.referout.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referout.directory.nppes.NppesReader;

class NppesGeneratorTests {

    @TempDir
    Path tmp;

    @Test
    void aRegionalFileDrawsPracticeZipsOnlyFromTheGivenPrefixes() throws IOException {
        Path file = tmp.resolve("region.csv");
        new NppesGenerator().write(file, NppesGenerator.Options.of(2_000, 0).withZipPrefixes(List.of("100", "070")));

        List<String> zips = new ArrayList<>();
        try (NppesReader reader = new NppesReader(file)) {
            NppesReader.Item item;
            while ((item = reader.next()) != null) {
                if (item.row() != null && !item.row().deactivated()) {
                    zips.add(item.row().zip());
                }
            }
        }
        assertThat(zips).hasSizeGreaterThan(1_900).allMatch(zip -> zip.startsWith("100") || zip.startsWith("070"));
        assertThat(zips).anyMatch(zip -> zip.startsWith("100")).anyMatch(zip -> zip.startsWith("070"));
    }

    @Test
    void aRegionWithoutAnyZipIsRefused() {
        var options = NppesGenerator.Options.of(10, 0).withZipPrefixes(List.of("000"));
        assertThatThrownBy(() -> new NppesGenerator().write(tmp.resolve("none.csv"), options))
            .hasMessageContaining("000");
    }
}
