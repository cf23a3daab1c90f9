package org.referout.directory.nppes;

import java.time.LocalDate;
import java.util.List;

/**
 * The directory's part of one valid NPPES row. {@code line} is the physical line the row ends on (quoted fields
 * may span lines); {@code codes} holds the taxonomy codes in file order and {@code primary} indexes the one
 * flagged {@code Y} (the first code when none is flagged).
 */
public record NppesRow(long line, long npi, Integer entityType, String lastName, String firstName, String middleName,
        String organizationName, String credential, String addressLine, String city, String state, String postalCode,
        String zip, String phone, List<String> codes, int primary, LocalDate deactivatedOn, LocalDate reactivatedOn,
        LocalDate lastUpdated) {

    /** Deactivated and not reactivated since: CMS leaves such rows empty except NPI and the deactivation date. */
    public boolean deactivated() {
        return deactivatedOn != null && (reactivatedOn == null || reactivatedOn.isBefore(deactivatedOn));
    }

    public String primaryCode() {
        return codes.isEmpty() ? null : codes.get(primary);
    }
}
