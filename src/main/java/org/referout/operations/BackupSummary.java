package org.referout.operations;

import java.util.Map;

/** What a backup holds or a restore loaded: the schema version and the row count of each table. */
public record BackupSummary(String schemaVersion, Map<String, Long> rows) {

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
