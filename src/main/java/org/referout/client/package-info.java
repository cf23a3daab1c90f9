/**
 * Clients of a practice (C2): names, contact, address, preferred language, treatment consent.
 * Owns the client table; every read and change is written to the audit log in the same transaction.
 * Publishes nothing; listens to nothing. Front desk may read and edit clients (contact data is theirs).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clients",
        allowedDependencies = { "audit", "practice", "web" })
package org.referout.client;
