package org.referout.client;

import java.time.LocalDate;

/** What a person enters about a client: everything editable, nothing the system assigns. */
public record ClientDetails(String firstName, String lastName, LocalDate dateOfBirth, String email, String phone,
        String addressLine1, String addressLine2, String city, String state, String zip, String preferredLanguage,
        boolean treatmentConsent) {

    /** Trims text and turns blanks into null so that "no phone" is stored one way. */
    public ClientDetails normalized() {
        return new ClientDetails(trim(firstName), trim(lastName), dateOfBirth, trim(email), trim(phone),
                trim(addressLine1), trim(addressLine2), trim(city), trim(state), trim(zip), trim(preferredLanguage),
                treatmentConsent);
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
