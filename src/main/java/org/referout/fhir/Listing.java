package org.referout.fhir;

import java.util.List;

import org.referout.directory.Partner;
import org.referout.directory.Provider;

/**
 * A provider outside the practice as the FHIR directory resources need it: a national NPPES provider (FHIR id = its
 * NPI, as the directory API names it) or one of the practice's referral partners (FHIR id {@code partner-{id}}, the
 * partner's REST id under a prefix so it can never be read as an NPI or as the practice's own Organization id).
 */
record Listing(String id, Long npi, Long partnerId, String name, boolean organization, List<String> codes,
        String addressLine, String city, String state, String zip, String phone, String email, Double latitude,
        Double longitude, boolean active) {

    static final String PARTNER = "partner-";

    static Listing of(Provider p) {
        return new Listing(Long.toString(p.npi()), p.npi(), null, p.name(), p.organization(), p.taxonomyCodes(),
                p.addressLine(), p.city(), p.state(), p.zip(), p.phone(), null, p.latitude(), p.longitude(), p.active());
    }

    /** A partner is the practice's record of a provider, person or clinic: always served as an Organization too. */
    static Listing of(Partner p) {
        return new Listing(PARTNER + p.id(), p.npi(), p.id(), p.name(), true, p.taxonomyCodes(), p.addressLine(),
                p.city(), p.state(), p.zip(), p.phone(), p.email(), p.latitude(), p.longitude(), true);
    }

    boolean hasPlace() {
        return addressLine != null || city != null || state != null || zip != null || latitude != null;
    }
}
