package org.referout.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.referout.practice.PracticeId;

/**
 * A directory query. {@code types} holds type keys ({@code massage-therapist}) or NUCC codes; a type selects all
 * of its codes. The centre is {@code nearZip}, or {@code latitude}/{@code longitude} when no ZIP is given.
 * {@code practice} (optional) lets partner status and outcomes take part in the {@link Sort#RANK} order.
 */
public record ProviderSearch(List<String> types, @Nullable String text, @Nullable String nearZip,
        @Nullable Double latitude, @Nullable Double longitude, double radiusKm, int limit, Sort sort,
        @Nullable PracticeId practice) {

    public static final double MAX_RADIUS_KM = 500;
    public static final int MAX_LIMIT = 200;

    /** How results are ordered. */
    public enum Sort {
        /** Exactly the nearest first; ties by NPI. */
        DISTANCE,
        /** A transparent blend of distance, type match, partner status and partner outcomes. */
        RANK
    }

    public ProviderSearch {
        types = types == null ? List.of() : List.copyOf(types);
        sort = sort == null ? Sort.DISTANCE : sort;
    }

    public static ProviderSearch near(String zip, double radiusKm, String... types) {
        return new ProviderSearch(List.of(types), null, zip, null, null, radiusKm, 10, Sort.DISTANCE, null);
    }

    public ProviderSearch withLimit(int limit) {
        return new ProviderSearch(types, text, nearZip, latitude, longitude, radiusKm, limit, sort, practice);
    }

    public ProviderSearch forPractice(PracticeId practice) {
        return new ProviderSearch(types, text, nearZip, latitude, longitude, radiusKm, limit, sort, practice);
    }
}
