/**
 * The append-only audit log of C1: every read or change of a client's record, who, when, from where.
 * Other modules call AuditLog directly so that the entry commits with the change it describes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log",
        allowedDependencies = { "practice", "web" })
package org.referout.audit;
