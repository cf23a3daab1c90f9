/**
 * Operations (C9): consistent backups of either database into one portable file, and restore into an empty
 * database. Knows tables only through JDBC metadata, so every module's tables are included without a list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations",
        allowedDependencies = {})
package org.referout.operations;
