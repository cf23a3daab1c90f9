package org.referout.client;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A client on the API. Public so that other modules' API responses can embed it. */
public record ClientJson(long id, int version, String firstName, String lastName, LocalDate dateOfBirth,
        String email, String phone, String addressLine1, String addressLine2, String city, String state, String zip,
        String preferredLanguage, boolean treatmentConsent, OffsetDateTime treatmentConsentAt,
        OffsetDateTime createdAt, String gender, String namePrefix, String otherGivenNames, String country) {

    public static ClientJson of(Client client) {
        ClientDetails d = client.details();
        return new ClientJson(client.id().value(), client.version(), d.firstName(), d.lastName(), d.dateOfBirth(),
                d.email(), d.phone(), d.addressLine1(), d.addressLine2(), d.city(), d.state(), d.zip(),
                d.preferredLanguage(), d.treatmentConsent(), client.treatmentConsentAt(), client.createdAt(), d.gender(), d.namePrefix(), d.otherGivenNames(),
                d.country());
    }
}
