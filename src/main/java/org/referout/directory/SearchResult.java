package org.referout.directory;

/** One hit: the provider, how far from the search centre, its rank score, and why it ranks where it does. */
public record SearchResult(Provider provider, double distanceKm, double score, String explanation) {
}
