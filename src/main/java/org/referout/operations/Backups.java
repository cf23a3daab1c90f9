package org.referout.operations;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Service;

/**
 * Backup and restore (C9). A backup is a consistent snapshot (one repeatable-read transaction) of every table,
 * taken while the application runs; a restore loads it, all or nothing, into an empty database of either kind.
 */
@Service
public class Backups {

    private final DataSource dataSource;
    private final Flyway flyway;

    Backups(DataSource dataSource, Flyway flyway) {
        this.dataSource = dataSource;
        this.flyway = flyway;
    }

    public BackupSummary backup(Path file) throws IOException {
        return BackupWriter.write(dataSource, schemaVersion(flyway), file);
    }

    /** Refuses unless every table of the (migrated) database is empty, so a restore never merges into live data. */
    public BackupSummary restore(Path file) throws IOException {
        return BackupReader.restore(dataSource, schemaVersion(flyway), file);
    }

    static String schemaVersion(Flyway flyway) {
        var current = flyway.info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }
}
