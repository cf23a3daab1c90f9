package org.referout.directory.index;

import java.util.List;

/**
 * What the index holds of an active provider: enough to filter and sort; the database holds the rest.
 * {@code typeKeys} are the friendly types of all its codes, {@code primaryType} the type of its primary code
 * (both null-free, possibly empty). Coordinates are null when the ZIP could not be geocoded.
 */
public record IndexedProvider(long npi, String name, List<String> codes, String primaryCode, List<String> typeKeys,
        String primaryType, String zip, Double lat, Double lon) {
}
