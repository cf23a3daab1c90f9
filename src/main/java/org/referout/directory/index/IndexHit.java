package org.referout.directory.index;

import java.util.List;

/** One hit: the NPI, its distance from the centre in metres, its taxonomy codes (primary first). */
public record IndexHit(long npi, double distanceMeters, List<String> codes) {
}
