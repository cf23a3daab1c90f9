package org.referout.directory.index;

import java.util.Set;

/**
 * A search over the index: providers having any of {@code typeKeys} or {@code codes} (both empty: any type),
 * whose names match every word of {@code text} (null: any), within {@code radiusMeters} of the centre,
 * nearest first, ties by NPI, at most {@code limit}.
 */
public record IndexQuery(Set<String> typeKeys, Set<String> codes, String text, double lat, double lon,
        double radiusMeters, int limit) {
}
