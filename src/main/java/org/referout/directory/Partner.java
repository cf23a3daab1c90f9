package org.referout.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One of the practice's referral partners (C5): a provider the practice knows and refers to. {@code npi} links it
 * to the national directory when known; partners added by hand may have none. {@code latitude}/{@code longitude}
 * are the ZIP centroid (null when the ZIP is unknown: distance unknown).
 */
public record Partner(long id, int version, @Nullable Long npi, String name, List<String> taxonomyCodes,
        List<String> complaints, List<String> techniques, List<String> languages, List<String> insurance,
        @Nullable Boolean acceptingNew, @Nullable String bookingUrl, @Nullable String phone, @Nullable String email,
        @Nullable String addressLine, @Nullable String city, @Nullable String state, @Nullable String zip,
        @Nullable Double latitude, @Nullable Double longitude, @Nullable String notes, List<String> tags) {
}
