package org.referout.operations;

/**
 * The backup file: a ZIP with {@code manifest.json} (format, schema version, tables in restore order, row
 * counts) and one {@code tables/NAME.jsonl} per table, one JSON array of typed cells per row. Portable between
 * H2 and PostgreSQL because values are written by type, not as database-specific dumps.
 */
final class BackupFormat {

    static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String TABLES = "tables/";

    private BackupFormat() {
    }
}
