package org.referout.client;

import java.time.LocalDate;

/** What a person enters about a client: everything editable, nothing the system assigns. */
public record ClientDetails(String firstName, String lastName, LocalDate dateOfBirth, String email, String phone,
        String addressLine1, String addressLine2, String city, String state, String zip, String preferredLanguage,
        boolean treatmentConsent, String gender, String namePrefix, String otherGivenNames, String country) {

    /** FHIR's administrative genders (Patient.gender), the only values stored. */
    public static final java.util.List<String> GENDERS = java.util.List.of("female", "male", "other", "unknown");

    /** Without a recorded gender. */
    public ClientDetails(String firstName, String lastName, LocalDate dateOfBirth, String email, String phone,
            String addressLine1, String addressLine2, String city, String state, String zip, String preferredLanguage,
            boolean treatmentConsent) {
        this(firstName, lastName, dateOfBirth, email, phone, addressLine1, addressLine2, city, state, zip,
                preferredLanguage, treatmentConsent, null, null, null, null);
    }

    /** Trims text and turns blanks into null so that "no phone" is stored one way. */
    public ClientDetails normalized() {
        return new ClientDetails(trim(firstName), trim(lastName), dateOfBirth, trim(email), trim(phone),
                trim(addressLine1), trim(addressLine2), trim(city), trim(state), trim(zip), trim(preferredLanguage),
                treatmentConsent, trim(gender), trim(namePrefix), trim(otherGivenNames), trim(country));
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
