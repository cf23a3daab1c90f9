package org.referout.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One row of the search page and API: a national provider, a referral partner, or both (an NPI-linked partner).
 * {@code npi} is null for a partner added by hand; {@code distanceKm} is null when its ZIP has no centroid.
 */
public record DirectoryHit(@Nullable Long npi, String name, List<String> taxonomyCodes, List<String> providerTypes,
        @Nullable String city, @Nullable String zip, @Nullable String phone, @Nullable Double distanceKm, double score,
        String explanation, @Nullable Long partnerId) {
}
