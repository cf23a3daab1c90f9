package org.referout.operations;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 file near the size of its data while the server runs.
 * <p>
 * {@code WRITE_DELAY=0} makes every commit durable at once, and in H2 that same setting also stops the store's
 * background thread, which is the only thing that rewrites half-empty chunks and moves chunks towards the start of
 * the file. Without it the file grew under load and shrank only at a clean stop. This class runs that background
 * step as H2's own thread would ({@code FileStore.writeInBackground}: commit anything pending, then housekeeping,
 * under the store's own locks), so commits stay synchronous, then asks for a rewrite of mostly-dead chunks
 * ({@link MVStore#compact}, H2's public call for it). {@code writeInBackground} is package-private in H2, hence the
 * reflection; {@code EmbeddedDatabaseHousekeepingTests} fails if an H2 upgrade removes it.
 */
@Component
@Lazy(false)
class EmbeddedDatabaseHousekeeping {

    /**
     * Chunks that are mostly dead yet hold a few live pages (an append-only table's leaf is rewritten by every insert
     * and leaves its old copies behind) are freed only once those pages move. Below this share of live data, up to
     * {@link #REWRITE_BYTES} move each round; 32 MB rounds held the store lock for up to 0.5 s and raised p99
     * without lowering the peak ({@code docs/benchmarks.md}).
     */
    static final int REWRITE_BELOW_FILL_RATE = 60;
    static final int REWRITE_BYTES = 8 << 20;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseHousekeeping.class);
    private static final Method WRITE_IN_BACKGROUND = writeInBackground();
    private static final long SYNC_INTERVAL_NANOS = 1_000_000_000L;

    private final DataSource dataSource;
    private final boolean embedded;
    private volatile MVStore store;
    private long lastSync = System.nanoTime();

    EmbeddedDatabaseHousekeeping(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
        this.dataSource = dataSource;
        this.embedded = url.startsWith("jdbc:h2:file:");
    }

    /** H2's own thread wakes every third of the write delay: a quarter second is its pace at the default delay. */
    @Scheduled(initialDelayString = "PT1S", fixedDelayString = "${referout.database.housekeeping-interval:PT0.25S}")
    void run() {
        if (!embedded) {
            return;
        }
        MVStore current = openStore();
        if (current != null) {
            housekeep(current);
            syncEverySecond(current);
        }
    }

    /** One round of maintenance on the given store: what H2's own thread does when it wakes, then a rewrite. */
    static void housekeep(MVStore store) {
        if (store.isClosed() || store.getFileStore() == null) {
            return;
        }
        try {
            WRITE_IN_BACKGROUND.invoke(store.getFileStore());
            store.compact(REWRITE_BELOW_FILL_RATE, REWRITE_BYTES);
        }
        catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        catch (InvocationTargetException | RuntimeException e) {
            // H2 itself panics the store on a real failure; a store closed during shutdown is not one
            if (!store.isClosed()) {
                log.warn("Embedded database housekeeping failed", e instanceof InvocationTargetException ite ? ite.getCause() : e);
            }
        }
    }

    /**
     * H2 keeps a dead chunk for its retention time before writing over it, assuming the operating system has put
     * the newer chunks on disk by then. A commit does not wait for the disk (it survives a killed process, not a
     * power cut), so the file is flushed every second: newer chunks reach the disk well within the 3 s retention of
     * {@code application.properties}, and a power cut loses at most the last second instead of whatever the
     * operating system had not yet written back (up to half a minute on Linux).
     */
    private void syncEverySecond(MVStore current) {
        long now = System.nanoTime();
        if (now - lastSync >= SYNC_INTERVAL_NANOS && !current.isClosed()) {
            current.sync();
            lastSync = now;
        }
    }

    /** The store behind the pool's database, found once, and again only if the database was closed and reopened. */
    private MVStore openStore() {
        MVStore current = store;
        if (current != null && !current.isClosed()) {
            return current;
        }
        try (Connection connection = dataSource.getConnection()) {
            store = storeOf(connection);
            return store;
        }
        catch (SQLException e) {
            return null;
        }
    }

    static MVStore storeOf(Connection connection) throws SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        return session.getDatabase().getStore().getMvStore();
    }

    private static Method writeInBackground() {
        try {
            Method method = FileStore.class.getDeclaredMethod("writeInBackground");
            method.setAccessible(true);
            return method;
        }
        catch (NoSuchMethodException e) {
            throw new IllegalStateException("This H2 version has no FileStore.writeInBackground; "
                    + "EmbeddedDatabaseHousekeeping needs another way to run its maintenance", e);
        }
    }
}
