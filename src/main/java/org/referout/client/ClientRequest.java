package org.referout.client;

import java.time.LocalDate;

/** The API's client body: POST needs no version, PUT needs the version it read (Q: no lost update). */
record ClientRequest(String firstName, String lastName, LocalDate dateOfBirth, String email, String phone,
        String addressLine1, String addressLine2, String city, String state, String zip, String preferredLanguage,
        Boolean treatmentConsent, Integer version, String gender, String namePrefix, String otherGivenNames,
        String country) {

    ClientDetails toDetails() {
        return new ClientDetails(firstName, lastName, dateOfBirth, email, phone, addressLine1, addressLine2, city,
                state, zip, preferredLanguage, Boolean.TRUE.equals(treatmentConsent), gender,
                namePrefix, otherGivenNames, country);
    }
}
