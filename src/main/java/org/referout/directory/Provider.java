package org.referout.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * One NPPES provider as the directory stores it. {@code latitude}/{@code longitude} are the ZIP centroid
 * (null when the ZIP is unknown); {@code taxonomyCodes} lists every code, the primary one first.
 */
public record Provider(long npi, boolean organization, String name, String credential, String primaryTaxonomy,
        String primaryTypeLabel, List<String> taxonomyCodes, String addressLine, String city, String state,
        String zip, String phone, Double latitude, Double longitude, LocalDate deactivatedOn, LocalDate lastUpdated) {

    public boolean active() {
        return deactivatedOn == null;
    }
}
