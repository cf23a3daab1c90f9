package org.referout.client;

/** An identifier another system gave a client (FHIR Patient.identifier): a system URI and a value. */
public record ClientIdentifier(String system, String value) {
}
