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
        List<String> own = SpringCommand.ownArguments(args);
        if (own.size() != 1) {
            err.println("usage: " + verb + " FILE");
            return 2;
        }
        Path file = Path.of(own.get(0));
        if ("restore".equals(verb) && !Files.isReadable(file)) {
            err.println("restore: cannot read " + file);
            return 2;
        }
        try (var context = SpringCommand.start(args)) {
            Backups backups = context.getBean(Backups.class);
            BackupSummary summary = "backup".equals(verb) ? backups.backup(file) : backups.restore(file);
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
