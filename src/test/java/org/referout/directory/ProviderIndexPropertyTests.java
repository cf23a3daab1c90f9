package org.referout.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.referout.directory.index.IndexHit;
import org.referout.directory.index.IndexQuery;
import org.referout.directory.index.IndexedProvider;
import org.referout.directory.index.ProviderIndex;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

class ProviderIndexPropertyTests {

    @Property(tries = 200)
    void aProviderIsAlwaysFoundAtItsOwnCoordinates(@ForAll @DoubleRange(min = -90, max = 90) double lat,
            @ForAll @DoubleRange(min = -180, max = 180) double lon, @ForAll @LongRange(min = 1, max = 99_999_999) long n) {
        ZipCentroids.Point point = ZipCentroids.Point.snapped(lat, lon);
        try (ProviderIndex index = ProviderIndex.inMemory()) {
            index.add(List.of(new IndexedProvider(n, "JANE DOE", List.of("225700000X"), "225700000X",
                    List.of("massage-therapist"), "massage-therapist", "10001", point.lat(), point.lon())));
            index.refresh();
            List<IndexHit> hits = index.search(new IndexQuery(Set.of("massage-therapist"), Set.of(), null, point.lat(),
                    point.lon(), 1, 10));
            assertThat(hits).extracting(IndexHit::npi).containsExactly(n);
            assertThat(hits.get(0).distanceMeters()).isLessThan(0.01);
        }
    }
}
