package org.referout.operations;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
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
 * ({@link MVStore#compact}) and, when the file is mostly free space, a move of chunks to its front
 * ({@link RandomAccessStore#compactMoveChunks}), H2's public calls for both. {@code writeInBackground} and the store
 * lock are private to H2, hence the reflection; {@code EmbeddedDatabaseHousekeepingTests} fails if an H2 upgrade
 * removes them.
 */
@Component
@Lazy(false)
class EmbeddedDatabaseHousekeeping {

    /**
     * Under load, chunks below this share of live data are rewritten, up to {@link #REWRITE_BYTES} of live data a
     * round: a commit writes a chunk and the next commits leave it mostly dead but for a page or two (an index leaf
     * that nothing touches again), and such a chunk is freed only once those pages move. 32 MB rounds held the store
     * lock for up to 0.5 s and raised p99 without lowering the peak ({@code docs/benchmarks.md}).
     */
    static final int BUSY_REWRITE_BELOW_FILL_RATE = 70;
    static final int REWRITE_BYTES = 8 << 20;
    /**
     * At a quiet time the rewrite goes further, and chunks move to the front of the file so that it can be cut. H2's
     * own idle step stops after a round that only moves chunks (moving leaves the chunks' total size as it was), so
     * without this a file that emptied under load stayed at its largest until the next reads.
     */
    static final int QUIET_FILL_RATE = 90;
    static final int QUIET_BYTES = 16 << 20;
    /**
     * Under load, chunks move only once 30 % of the file is free space: a move holds the store lock across fsyncs.
     * 70 / 70 peaked at 2.7x the backup's content where 60 / 50 peaked at 2.9x, at the same p99.
     */
    static final int BUSY_MOVE_BELOW_FILE_FILL_RATE = 70;
    /**
     * A rewrite or a move is itself a commit that leaves a little dead space behind, so a round that acted whenever
     * there was anything to gain never stopped: an idle server wrote 1.3 MB a second. A round acts only while live
     * data is less than this share of the file (percent; under load, of a file that is no longer small), and stops
     * once it is above it: at most 1 / 0.6 of the data's size at a quiet time.
     */
    static final int BUSY_LIVE_SHARE = 50;
    static final int QUIET_LIVE_SHARE = 60;
    static final long SMALL_FILE_BYTES = 8 << 20;
    /** A round that sees no more than this many commits besides its own rewrite counts as quiet. */
    static final int QUIET_COMMITS_PER_ROUND = 2;
    /**
     * H2's maintenance asks for the store lock for at most 10 ms, and commits queue on that fair lock all the time
     * under load, so it never got its turn: the rewrite never ran and the file grew until the load stopped. Waiting
     * for its turn in the queue is what lets it keep up; a round that does not get it within this time is skipped.
     */
    static final int STORE_LOCK_WAIT_MILLIS = 200;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseHousekeeping.class);
    private static final Method WRITE_IN_BACKGROUND = writeInBackground();
    private static final Field STORE_LOCK = storeLockField();
    private static final long SYNC_INTERVAL_NANOS = 1_000_000_000L;

    private final DataSource dataSource;
    private final boolean embedded;
    private final Rounds rounds = new Rounds();
    private volatile MVStore store;

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
            rounds.next(current);
        }
    }

    /** The rounds on one store: whether the last one was quiet, and when the file was last flushed. */
    static final class Rounds {

        private long versionAfterLastRound = -1;
        private long lastSync = System.nanoTime();

        void next(MVStore store) {
            long version = store.getCurrentVersion();
            boolean quiet = versionAfterLastRound >= 0 && version - versionAfterLastRound <= QUIET_COMMITS_PER_ROUND;
            housekeep(store, quiet);
            syncEverySecond(store);
            versionAfterLastRound = store.isClosed() ? -1 : store.getCurrentVersion();
        }

        /**
         * H2 keeps a dead chunk for its retention time before writing over it, assuming the operating system has put
         * the newer chunks on disk by then. A commit does not wait for the disk (it survives a killed process, not a
         * power cut), so the file is flushed every second: newer chunks reach the disk well within the 3 s retention
         * of {@code application.properties}, and a power cut loses at most the last second instead of whatever the
         * operating system had not yet written back (up to half a minute on Linux).
         */
        private void syncEverySecond(MVStore store) {
            long now = System.nanoTime();
            if (now - lastSync >= SYNC_INTERVAL_NANOS && !store.isClosed()) {
                store.sync();
                lastSync = now;
            }
        }
    }

    /**
     * One round of maintenance, holding the store lock as a commit does: what H2's own thread does when it wakes
     * (commit anything pending, its housekeeping), a rewrite of mostly-dead chunks, and a move of chunks to the front
     * when much of the file is free space (at a quiet time: whenever a tenth is).
     */
    static void housekeep(MVStore store, boolean quiet) {
        if (store.isClosed() || !(store.getFileStore() instanceof RandomAccessStore file)) {
            return;
        }
        ReentrantLock storeLock = storeLock(store);
        try {
            if (!storeLock.tryLock(STORE_LOCK_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                return;
            }
            try {
                WRITE_IN_BACKGROUND.invoke(file);
                if (!worthCompacting(file, quiet)) {
                    return;
                }
                store.compact(quiet ? QUIET_FILL_RATE : BUSY_REWRITE_BELOW_FILL_RATE, quiet ? QUIET_BYTES : REWRITE_BYTES);
                int moveBelow = quiet ? QUIET_FILL_RATE : BUSY_MOVE_BELOW_FILE_FILL_RATE;
                if (file.getFillRate() < moveBelow) {
                    file.compactMoveChunks(moveBelow, QUIET_BYTES, store);
                }
            }
            finally {
                storeLock.unlock();
            }
        }
        catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (InvocationTargetException | RuntimeException e) {
            // H2 itself panics the store on a real failure; a store closed during shutdown is not one
            if (!store.isClosed()) {
                log.warn("Embedded database housekeeping failed", e instanceof InvocationTargetException ite ? ite.getCause() : e);
            }
        }
    }

    private static boolean worthCompacting(RandomAccessStore file, boolean quiet) {
        int liveShare = file.getFillRate() * file.getChunksFillRate() / 100;
        return quiet ? liveShare < QUIET_LIVE_SHARE : liveShare < BUSY_LIVE_SHARE && file.size() > SMALL_FILE_BYTES;
    }

    private static ReentrantLock storeLock(MVStore store) {
        try {
            return (ReentrantLock) STORE_LOCK.get(store);
        }
        catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
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

    private static Field storeLockField() {
        try {
            Field field = MVStore.class.getDeclaredField("storeLock");
            field.setAccessible(true);
            return field;
        }
        catch (NoSuchFieldException e) {
            throw new IllegalStateException("This H2 version has no MVStore.storeLock", e);
        }
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
