package org.referout.operations;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The embedded database is open in another process (a running ReferOut server): an operator verb refuses to run
 * rather than write beside it. H2 reports this as error 90020.
 */
public class DatabaseInUseException extends RuntimeException {

    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    public DatabaseInUseException(Path directory) {
        super("The database in " + directory + " is open in a running ReferOut server, so this command did not run. "
                + "Stop the server first. To copy a live installation, start the server with "
                + "--referout.database.tcp-port=9092 and run 'backup' against it (docs/operations.md, Backups).");
    }

    /** When the failure, or anything that caused it, is H2's "database already in use". */
    public static Optional<DatabaseInUseException> when(Throwable failure, Path directory) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return Optional.of(new DatabaseInUseException(directory));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
