package org.referout.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referout.directory.index.IndexHit;
import org.referout.directory.index.IndexQuery;
import org.referout.directory.index.IndexedProvider;
import org.referout.directory.index.ProviderIndex;
import org.referout.directory.nppes.NppesReader;

/**
 * Distance search against a brute-force haversine scan over a generated NPPES file of 100,000 providers, read
 * by the real reader and indexed without a database (the database side is covered by NppesImportTests).
 */
@Tag("slow")
class ProviderSearchTests {

    static final ZipCentroids ZIPS = new ZipCentroids();
    static final List<IndexedProvider> PROVIDERS = new ArrayList<>();
    static ProviderIndex index;

    @BeforeAll
    static void indexAGeneratedFile(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("npidata.csv");
        new NppesGenerator().write(file, NppesGenerator.Options.of(100_000, 0).withSeed(5));
        index = ProviderIndex.inMemory();
        try (NppesReader reader = new NppesReader(file)) {
            NppesReader.Item item;
            while ((item = reader.next()) != null) {
                if (item.row() != null && !item.row().deactivated()) {
                    PROVIDERS.add(IndexDocuments.of(item.row(), ZIPS.find(item.row().zip()).orElse(null)));
                }
            }
        }
        index.add(PROVIDERS);
        index.commit(java.util.Map.of());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void distanceSortReturnsExactlyTheNearestOfTheRequestedTypesWithinTheRadius() {
        for (String zip : List.of("10001", "60614", "94110", "02134", "59801", "99501")) {
            for (double radius : List.of(10.0, 25.0, 100.0)) {
                for (Set<String> types : List.of(Set.of("massage-therapist"), Set.of("chiropractor", "acupuncturist"),
                        Set.of("family-physician"))) {
                    ZipCentroids.Point centre = ZIPS.find(zip).orElseThrow();
                    List<IndexHit> hits = index.search(new IndexQuery(types, Set.of(), null, centre.lat(), centre.lon(),
                            radius * 1000, 25));
                    assertThat(hits).extracting(IndexHit::npi)
                        .as("%s within %s km of %s", types, radius, zip)
                        .containsExactlyElementsOf(bruteForce(types, centre, radius, 25));
                }
            }
        }
    }

    @Test
    void aTaxonomyCodeSelectsOnlyProvidersWithThatCode() {
        ZipCentroids.Point centre = ZIPS.find("10001").orElseThrow();
        List<IndexHit> hits = index.search(new IndexQuery(Set.of(), Set.of("111NS0005X"), null, centre.lat(), centre.lon(),
                500_000, 50));
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.codes()).contains("111NS0005X"));
    }

    @Test
    void freeTextMatchesNames() {
        IndexedProvider someone = PROVIDERS.stream().filter(p -> p.lat() != null && p.name().contains(" ")).findFirst().orElseThrow();
        String lastWord = someone.name().split("[ ,]+")[someone.name().split("[ ,]+").length - 1];
        List<IndexHit> hits = index.search(new IndexQuery(Set.of(), Set.of(), someone.name(), someone.lat(), someone.lon(),
                1_000, 50));
        assertThat(hits).extracting(IndexHit::npi).contains(someone.npi());
        assertThat(lastWord).isNotEmpty();
    }

    private static List<Long> bruteForce(Set<String> types, ZipCentroids.Point centre, double radiusKm, int limit) {
        record Candidate(long npi, double km) {
        }
        return PROVIDERS.stream()
            .filter(p -> p.lat() != null && p.typeKeys().stream().anyMatch(types::contains))
            .map(p -> new Candidate(p.npi(), ZipCentroids.distanceKm(centre, new ZipCentroids.Point(p.lat(), p.lon()))))
            .filter(c -> c.km() <= radiusKm)
            .sorted(Comparator.comparingDouble(Candidate::km).thenComparingLong(Candidate::npi))
            .limit(limit)
            .map(Candidate::npi)
            .toList();
    }

    @Test
    void unknownTypesZipsAndRadiiAreBadRequests() {
        Directory directory = DirectoryDatabase.directory(DirectoryDatabase.fresh(), ProviderIndex.inMemory(),
                new Taxonomy(), ZIPS);
        assertThatThrownBy(() -> directory.search(ProviderSearch.near("10001", 25, "plumber")))
            .isInstanceOf(org.referout.web.BadRequestException.class).hasMessageContaining("types");
        assertThatThrownBy(() -> directory.search(ProviderSearch.near("10001", 25, "999Z99999X")))
            .hasMessageContaining("Unknown provider type or NUCC taxonomy code");
        assertThatThrownBy(() -> directory.search(ProviderSearch.near("00501", 25, "chiropractor")))
            .hasMessageContaining("Unknown ZIP");
        assertThatThrownBy(() -> directory.search(ProviderSearch.near("10001", 0, "chiropractor")))
            .hasMessageContaining("radius");
        assertThatThrownBy(() -> directory.search(ProviderSearch.near("10001", 501, "chiropractor")))
            .hasMessageContaining("radius");
        assertThatThrownBy(() -> directory.search(ProviderSearch.near("10001", 25)))
            .hasMessageContaining("Say what to look for");
    }
}
