package org.referout.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.referout.operations.BackupSummary;
import org.referout.operations.Backups;

/**
 * {@code backup FILE} and {@code restore FILE}: a consistent snapshot of the configured database (H2 or
 * PostgreSQL) while the app runs, and a restore into an empty database only.
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    public static int run(String verb, String[] args, PrintStream out, PrintStream err) {
        List<String> own = new java.util.ArrayList<>(SpringCommand.ownArguments(args));
        boolean withoutSecrets = own.remove("--without-secrets");
        if (own.size() != 1) {
            err.println("usage: " + verb + " [--without-secrets] FILE   (passphrase in REFEROUT_BACKUP_PASSPHRASE)");
            return 2;
        }
        String passphrase = System.getenv("REFEROUT_BACKUP_PASSPHRASE");
        char[] secret = withoutSecrets || passphrase == null || passphrase.isEmpty() ? null : passphrase.toCharArray();
        if ("backup".equals(verb) && secret == null && !withoutSecrets) {
            err.println("backup: set REFEROUT_BACKUP_PASSPHRASE: the backup carries the referral link key encrypted "
                    + "with it, which a restore needs for the links it shows (or give --without-secrets)");
            return 2;
        }
        if (secret != null && passphrase.length() < 12) {
            err.println(verb + ": REFEROUT_BACKUP_PASSPHRASE must have at least 12 characters");
            return 2;
        }
        Path file = Path.of(own.get(0));
        if ("restore".equals(verb) && !Files.isReadable(file)) {
            err.println("restore: cannot read " + file);
            return 2;
        }
        try (var context = SpringCommand.start(args)) {
            Backups backups = context.getBean(Backups.class);
            BackupSummary summary = "backup".equals(verb)
                    ? secret == null ? backups.backup(file) : backups.backup(file, secret)
                    : backups.restore(file, secret);
            out.println(("backup".equals(verb) ? "Backed up " : "Restored ") + summary.totalRows() + " rows in "
                    + summary.rows().size() + " tables (schema version " + summary.schemaVersion() + ") "
                    + ("backup".equals(verb) ? "to " : "from ") + file);
            return 0;
        }
        catch (IOException e) {
            err.println(verb + ": " + e.getMessage());
            return 1;
        }
    }
}
