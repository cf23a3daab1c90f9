package org.referout.client;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A client as stored. {@code version} is the optimistic-lock version an edit must send back. */
public record Client(ClientId id, int version, ClientDetails details, OffsetDateTime treatmentConsentAt,
        boolean erased, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** A client never changed since it was created. */
    public Client(ClientId id, int version, ClientDetails details, OffsetDateTime treatmentConsentAt, boolean erased,
            OffsetDateTime createdAt) {
        this(id, version, details, treatmentConsentAt, erased, createdAt, createdAt);
    }

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
