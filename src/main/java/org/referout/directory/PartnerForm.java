package org.referout.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A partner as typed on the page or sent to the API. Lists are comma-separated text on the page (one field for a
 * tablet keyboard, not a dynamic list) and the same text in JSON. {@code version} is required for updates.
 */
public record PartnerForm(@Nullable Long npi, @NotBlank @Size(max = 200) String name,
        @Size(max = 200) @Nullable String taxonomyCodes, @Size(max = 500) @Nullable String complaints,
        @Size(max = 500) @Nullable String techniques, @Size(max = 200) @Nullable String languages,
        @Size(max = 500) @Nullable String insurance, @Nullable Boolean acceptingNew,
        @Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$", message = "must start with http:// or https://")
        @Nullable String bookingUrl,
        @Size(max = 40) @Nullable String phone, @Email @Size(max = 200) @Nullable String email,
        @Size(max = 200) @Nullable String addressLine, @Size(max = 100) @Nullable String city,
        @Size(max = 40) @Nullable String state,
        @Pattern(regexp = "^$|^\\d{5}$", message = "a ZIP code has 5 digits") @Nullable String zip,
        @Size(max = 4000) @Nullable String notes, @Size(max = 500) @Nullable String tags, @Nullable Integer version) {

    static PartnerForm empty() {
        return new PartnerForm(null, "", "", "", "", "", "", null, "", "", "", "", "", "", "", "", "", null);
    }

    static PartnerForm of(Partner p) {
        return new PartnerForm(p.npi(), p.name(), String.join(", ", p.taxonomyCodes()), String.join(", ", p.complaints()),
                String.join(", ", p.techniques()), String.join(", ", p.languages()), String.join(", ", p.insurance()),
                p.acceptingNew(), p.bookingUrl(), p.phone(), p.email(), p.addressLine(), p.city(), p.state(), p.zip(),
                p.notes(), String.join(", ", p.tags()), p.version());
    }

    /** Pre-filled from a directory provider ("add as partner" on a search result). */
    static PartnerForm of(Provider p) {
        return new PartnerForm(p.npi(), p.name(), String.join(", ", p.taxonomyCodes()), "", "", "", "", null, "",
                p.phone(), "", p.addressLine(), p.city(), p.state(), p.zip(), "", "", null);
    }

    /** The taxonomy codes as a list, for the form's provider-type choice (the first) and any further ones. */
    public List<String> taxonomyCodeList() {
        return upper(taxonomyCodes);
    }

    static List<String> list(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String v = part.trim();
            if (!v.isEmpty() && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    static List<String> upper(@Nullable String text) {
        return list(text).stream().map(s -> s.toUpperCase(Locale.ROOT)).distinct().toList();
    }

    static List<String> split(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }
}
