package org.referout.intake;

/** R6: a provider type to contact, by NUCC taxonomy code (the directory selects with it), and why. */
public record ProviderType(String taxonomyCode, String name, String reason) {
}
