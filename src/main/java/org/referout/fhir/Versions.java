package org.referout.fhir;

import java.time.OffsetDateTime;
import java.util.Date;

import org.hl7.fhir.r4.model.Resource;

/**
 * meta.versionId and meta.lastUpdated from what a record keeps. versionId counts edits from 1 (as HAPI's JPA server
 * does; ReferOut's lock versions count from 0). lastUpdated is given only where ReferOut knows when the record last
 * changed: its own "updated" time, or its creation time while it has never been edited. No history is kept, so
 * there is no vread; read answers the versionId as a weak ETag (see {@link FhirEndpoint#ok}).
 */
final class Versions {

    private Versions() {
    }

    /** A record that has a lock version and a creation time but no "last changed" time. */
    static <R extends Resource> R edited(R resource, int lockVersion, OffsetDateTime createdAt) {
        return set(resource, lockVersion, lockVersion == 0 ? createdAt : null);
    }

    static <R extends Resource> R set(R resource, int lockVersion, OffsetDateTime lastUpdated) {
        resource.getMeta().setVersionId(Integer.toString(lockVersion + 1));
        if (lastUpdated != null) {
            resource.getMeta().setLastUpdated(Date.from(lastUpdated.toInstant()));
        }
        return resource;
    }
}
