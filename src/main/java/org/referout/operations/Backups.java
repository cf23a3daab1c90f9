package org.referout.operations;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Backup and restore (C9). A backup is a consistent snapshot (one repeatable-read transaction) of every table,
 * taken while the application runs; a restore loads it, all or nothing, into an empty database of either kind.
 */
@Service
public class Backups {

    private final DataSource dataSource;
    private final Flyway flyway;
    private final Path dataDir;

    Backups(DataSource dataSource, Flyway flyway, @Value("${referout.data-dir}") String dataDir) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.dataDir = Path.of(dataDir);
    }

    /** The tables only: a restore of it has no referral link key, so links shown after it answer 404. */
    public BackupSummary backup(Path file) throws IOException {
        return BackupWriter.write(dataSource, schemaVersion(flyway), file, null);
    }

    /** The tables and the data directory's secrets (the referral link key), sealed with the passphrase. */
    public BackupSummary backup(Path file, char[] passphrase) throws IOException {
        byte[] sealed = BackupSecrets.seal(BackupSecrets.read(dataDir), passphrase);
        return BackupWriter.write(dataSource, schemaVersion(flyway), file, sealed);
    }

    /** Refuses unless every table of the (migrated) database is empty, so a restore never merges into live data. */
    public BackupSummary restore(Path file) throws IOException {
        return restore(file, null);
    }

    /**
     * As {@link #restore(Path)}, and the secrets go back into the data directory. A backup with secrets needs the
     * passphrase; a wrong one is found before any row is loaded.
     */
    public BackupSummary restore(Path file, char[] passphrase) throws IOException {
        byte[] sealed = BackupReader.secrets(file);
        var secrets = sealed == null ? null : passphrase == null ? null : BackupSecrets.open(sealed, passphrase);
        if (sealed != null && passphrase == null) {
            throw new IOException("this backup carries the referral link key: give the passphrase it was made with "
                    + "(REFEROUT_BACKUP_PASSPHRASE)");
        }
        BackupSummary summary = BackupReader.restore(dataSource, schemaVersion(flyway), file);
        if (secrets != null) {
            BackupSecrets.write(dataDir, secrets);
        }
        return summary;
    }

    static String schemaVersion(Flyway flyway) {
        var current = flyway.info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }
}
