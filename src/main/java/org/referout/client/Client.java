package org.referout.client;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A client as stored. {@code version} is the optimistic-lock version an edit must send back. */
public record Client(ClientId id, int version, ClientDetails details, OffsetDateTime treatmentConsentAt,
        boolean erased, OffsetDateTime createdAt) {

    public String fullName() {
        return details.firstName() + " " + details.lastName();
    }

    public String firstName() {
        return details.firstName();
    }

    public String lastName() {
        return details.lastName();
    }

    public LocalDate dateOfBirth() {
        return details.dateOfBirth();
    }
}
