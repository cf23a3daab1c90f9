package org.referout.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded database file near the size of its data while the server runs (issue 17 item 7). H2 writes
 * every commit as a new chunk and frees old ones only slowly: under a steady 100 commits a second its file grew by
 * megabytes a minute and never shrank until a shutdown (a day of writes made 1.8 GB of a 45 MB database). Every
 * {@code referout.database.compact-every} (10 s), when less than {@value #FILL_RATE_GOAL} % of the file's chunks is
 * live data or less than that of the file is chunks, the chunks are rewritten and moved and the file cut short, for
 * at most {@value #MAX_MILLIS} ms.
 * <p>
 * H2 overwrites freed space during the compaction without its usual 45 s wait (which assumes the disk flushed
 * within that time), so the file is synced to disk first and after: nothing acknowledged is in a chunk that may be
 * overwritten before it is on disk. PostgreSQL and in-memory databases are left alone.
 */
@Component
@Lazy(false)
class EmbeddedCompaction {

    static final int FILL_RATE_GOAL = 60;
    static final int MAX_MILLIS = 50;
    private static final Logger log = LoggerFactory.getLogger(EmbeddedCompaction.class);

    private final DataSource dataSource;

    EmbeddedCompaction(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(initialDelayString = "${referout.database.compact-every:PT10S}",
            fixedDelayString = "${referout.database.compact-every:PT10S}")
    void compactWhenSparse() {
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = fileStore(connection);
            // sparse chunks, or a file mostly gaps between chunks (both were seen: 68 % and 24 % after a load)
            if (store == null || (store.getFileStore().getChunksFillRate() >= FILL_RATE_GOAL
                    && store.getFillRate() >= FILL_RATE_GOAL)) {
                return;
            }
            compact(connection, store);
        }
        catch (SQLException | RuntimeException e) {
            // a missed compaction costs disk space, not data: try again next time
            log.warn("Compacting the embedded database failed: {}", e.getMessage());
        }
    }

    /** Rewrites sparse chunks and shrinks the file; the retention time H2 sets to 0 for it is put back. */
    static void compact(Connection connection, MVStore store) throws SQLException {
        try (Statement sync = connection.createStatement()) {
            sync.execute("checkpoint sync");
            int retention = store.getRetentionTime();
            try {
                store.compactFile(MAX_MILLIS);
            }
            finally {
                store.setRetentionTime(retention);
            }
            sync.execute("checkpoint sync");
        }
    }

    /** The store of an embedded H2 file database, or null for PostgreSQL and in-memory H2. */
    static MVStore fileStore(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return null;
        }
        var session = connection.unwrap(JdbcConnection.class).getSession();
        if (!(session instanceof SessionLocal local) || local.getDatabase().getStore() == null) {
            return null;
        }
        MVStore store = local.getDatabase().getStore().getMvStore();
        return store.getFileStore() == null || store.getFileStore().getFileName() == null ? null : store;
    }
}
