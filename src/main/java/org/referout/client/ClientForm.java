package org.referout.client;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.referout.web.BadRequestException;

/** The client page form. Text only, so a mistyped date becomes a message next to the field, not an error page. */
record ClientForm(String firstName, String lastName, String dateOfBirth, String email, String phone,
        String addressLine1, String addressLine2, String city, String state, String zip, String preferredLanguage,
        Boolean treatmentConsent, Integer version, String gender, String namePrefix, String otherGivenNames,
        String country) {

    static ClientForm empty() {
        return new ClientForm(null, null, null, null, null, null, null, null, null, null, null, false, null, null, null, null, null);
    }

    static ClientForm of(Client client) {
        ClientDetails d = client.details();
        return new ClientForm(d.firstName(), d.lastName(), d.dateOfBirth() == null ? null : d.dateOfBirth().toString(),
                d.email(), d.phone(), d.addressLine1(), d.addressLine2(), d.city(), d.state(), d.zip(),
                d.preferredLanguage(), d.treatmentConsent(), client.version(), d.gender(), d.namePrefix(),
                d.otherGivenNames(), d.country());
    }

    ClientDetails toDetails() {
        return new ClientDetails(firstName, lastName, date(), email, phone, addressLine1, addressLine2, city, state,
                zip, preferredLanguage, Boolean.TRUE.equals(treatmentConsent), gender,
                namePrefix, otherGivenNames, country);
    }

    private LocalDate date() {
        if (dateOfBirth == null || dateOfBirth.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(dateOfBirth.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("dateOfBirth", "is not a date (use the date picker or YYYY-MM-DD)");
        }
    }
}
