package org.referout.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.referout.directory.ImportRuns.Counts;
import org.referout.directory.index.IndexedProvider;
import org.referout.directory.index.ProviderIndex;
import org.referout.directory.nppes.NppesReader;
import org.referout.directory.nppes.NppesRow;
import org.referout.web.BadRequestException;

/**
 * One NPPES import: a reader thread parses the file into chunks while this thread classifies each row against the
 * database (new, newer, unchanged, deactivated), writes the chunk in JDBC batches and commits it together with the
 * run's checkpoint. A killed import therefore resumes after the last committed chunk, and the end state equals one
 * clean run. The index follows each chunk on a third thread ({@link IndexFeed}) and is committed every few seconds
 * with the checkpoint it reflects; when a resumed run finds the index behind the database, it rebuilds the index at
 * the end.
 */
final class NppesImport {

    static final int CHUNK_ROWS = 5_000;
    private static final Duration INDEX_COMMIT_EVERY = Duration.ofSeconds(5);

    private final ProviderRepository providers;
    private final ImportRuns runs;
    private final ZipCentroids zips;
    private final ProviderIndex index;
    private final Clock clock;
    private final ImportMeters meters;

    NppesImport(ProviderRepository providers, ImportRuns runs, ZipCentroids zips, ProviderIndex index, Clock clock,
            ImportMeters meters) {
        this.providers = providers;
        this.runs = runs;
        this.zips = zips;
        this.index = index;
        this.clock = clock;
        this.meters = meters;
    }

    /** The outcome of {@link #run}: the run id and whether the index must be rebuilt from the database. */
    record Outcome(long runId, long resumedAfterLine, boolean indexBehind) {
    }

    Outcome run(Path file, boolean update, ImportProgress.Listener listener) {
        if (!Files.isRegularFile(file)) {
            throw new BadRequestException("file", "No such file: " + file);
        }
        long size;
        String digest;
        try {
            size = Files.size(file);
            digest = digest(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var resumable = runs.resumable(size, digest);
        long runId = resumable.map(ImportRuns.Run::id)
            .orElseGet(() -> runs.start(file.getFileName().toString(), size, digest, update, clock.instant()));
        long resumeAfter = resumable.map(ImportRuns.Run::lastLine).orElse(0L);
        Counts counts = resumable.map(ImportRuns.Run::counts).orElseGet(Counts::new);
        boolean indexBehind = resumable.isPresent() && !stampOf(runId, resumeAfter).equals(index.stamp());
        try {
            read(file, size, runId, resumeAfter, counts, listener);
            runs.finish(runId, "COMPLETED", clock.instant());
        }
        catch (RuntimeException e) {
            try {
                runs.finish(runId, "FAILED", clock.instant());
            }
            catch (RuntimeException ignored) {
                // the run stays RUNNING, which resumes just the same
            }
            throw e;
        }
        return new Outcome(runId, resumeAfter, indexBehind);
    }

    static Map<String, String> stampOf(long runId, long line) {
        return Map.of("run", Long.toString(runId), "line", Long.toString(line));
    }

    /** A chunk handed from the reader thread: items in file order, bytes read so far, or the reader's failure. */
    private record Chunk(List<Parsed> items, long bytesRead, RuntimeException failure) {
        static final Chunk END = new Chunk(List.of(), 0, null);
    }

    /**
     * An item with what the reader thread could work out alone: the ZIP's centroid and the index entry of an active
     * row. The writer thread (the busiest of the three) then only decides and stores.
     */
    private record Parsed(NppesReader.Item item, ZipCentroids.Point point, IndexedProvider document) {

        NppesRow row() {
            return item.row();
        }
    }

    private void read(Path file, long size, long runId, long resumeAfter, Counts counts, ImportProgress.Listener listener) {
        BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(4);
        NppesReader reader;
        try {
            reader = new NppesReader(file);
        }
        catch (IOException | IllegalArgumentException e) {
            throw new BadRequestException("file", e.getMessage());
        }
        Thread parser = new Thread(() -> parse(reader, resumeAfter, zips, queue), "nppes-reader");
        parser.setDaemon(true);
        parser.start();
        long started = System.nanoTime();
        long storedRejections = runs.storedRejections(runId);
        long lastIndexCommit = System.nanoTime();
        // an index empty before the run can only hold what this run committed, so an NPI new to the database is
        // new to the index too: it is appended instead of replaced (no delete term per row)
        boolean appendNew = index.isEmpty();
        try (Connection connection = providers.dataSource().getConnection(); IndexFeed feed = new IndexFeed(index)) {
            connection.setAutoCommit(false);
            while (true) {
                Chunk chunk = queue.take();
                if (chunk.failure() != null) {
                    throw chunk.failure();
                }
                if (chunk == Chunk.END) {
                    break;
                }
                storedRejections = write(connection, runId, chunk.items(), counts, storedRejections, feed, appendNew);
                long line = chunk.items().get(chunk.items().size() - 1).item().endLine();
                if (System.nanoTime() - lastIndexCommit > INDEX_COMMIT_EVERY.toNanos()) {
                    feed.commit(stampOf(runId, line));
                    lastIndexCommit = System.nanoTime();
                }
                listener.progress(new ImportProgress(counts.read, counts.imported + counts.updated + counts.deactivated,
                        counts.rejected, chunk.bytesRead(), size, Duration.ofNanos(System.nanoTime() - started), line));
            }
            feed.commit(stampOf(runId, runs.find(runId).orElseThrow().lastLine()));
            feed.finish();
        }
        catch (SQLException e) {
            throw new IllegalStateException("Storing the import failed: " + e.getMessage(), e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import interrupted", e);
        }
        finally {
            parser.interrupt();
            reader.close();
        }
    }

    private static void parse(NppesReader reader, long resumeAfter, ZipCentroids zips, BlockingQueue<Chunk> queue) {
        try {
            reader.skipThrough(resumeAfter);
            List<Parsed> items = new ArrayList<>(CHUNK_ROWS);
            NppesReader.Item item;
            while ((item = reader.next()) != null) {
                items.add(prepare(item, zips));
                if (items.size() == CHUNK_ROWS) {
                    queue.put(new Chunk(items, reader.bytesRead(), null));
                    items = new ArrayList<>(CHUNK_ROWS);
                }
            }
            if (!items.isEmpty()) {
                queue.put(new Chunk(items, reader.bytesRead(), null));
            }
            queue.put(Chunk.END);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (RuntimeException e) {
            // a broken quote makes the rest of the file unreadable: stop, keeping what was committed
            RuntimeException failure = e instanceof UncheckedIOException io
                    ? new BadRequestException("file", "Unreadable NPPES file: " + io.getCause().getMessage()) : e;
            try {
                queue.put(new Chunk(List.of(), 0, failure));
            }
            catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Parsed prepare(NppesReader.Item item, ZipCentroids zips) {
        NppesRow row = item.row();
        if (row == null || row.deactivated()) {
            return new Parsed(item, null, null);
        }
        ZipCentroids.Point point = zips.find(row.zip()).orElse(null);
        return new Parsed(item, point, IndexDocuments.of(row, point));
    }

    private long write(Connection c, long runId, List<Parsed> items, Counts counts, long storedRejections,
            IndexFeed feed, boolean appendNew) throws SQLException, InterruptedException {
        Set<Long> npis = new HashSet<>();
        for (Parsed item : items) {
            if (item.row() != null) {
                npis.add(item.row().npi());
            }
        }
        Map<Long, ProviderRepository.Stored> stored = ProviderRepository.stored(c, npis);
        List<IndexFeed.Change> changes = new ArrayList<>();
        Set<Long> inBatch = new HashSet<>();
        Counts before = counts.copy();
        try (var writes = new ProviderRepository.Writes(c)) {
            for (Parsed parsed : items) {
                counts.read++;
                NppesReader.Rejected rejected = parsed.item().rejected();
                if (rejected != null) {
                    counts.rejected++;
                    if (storedRejections < ImportReport.STORED_REJECTIONS) {
                        writes.reject(runId, rejected.line(), rejected.reason());
                        storedRejections++;
                    }
                    continue;
                }
                NppesRow row = parsed.row();
                if (!inBatch.add(row.npi())) {
                    // the same NPI twice in one chunk: send the first before the second is decided on
                    writes.execute();
                    inBatch.clear();
                    inBatch.add(row.npi());
                }
                IndexFeed.Change change = apply(writes, parsed, stored, counts, appendNew);
                if (change != null) {
                    changes.add(change);
                }
            }
            writes.execute();
            ImportRuns.checkpoint(c, runId, items.get(items.size() - 1).item().endLine(), counts);
            c.commit();
        }
        catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
        meters.committed(before, counts);
        feed.send(changes);
        return storedRejections;
    }

    /** Stores one row as the database's state asks, and returns its index change (null for none). */
    private static IndexFeed.Change apply(ProviderRepository.Writes writes, Parsed parsed,
            Map<Long, ProviderRepository.Stored> stored, Counts counts, boolean appendNew) throws SQLException {
        NppesRow row = parsed.row();
        ProviderRepository.Stored before = stored.get(row.npi());
        if (row.deactivated()) {
            if (before == null) {
                writes.insert(row, null);
                counts.deactivated++;
            }
            else if (!row.deactivatedOn().equals(before.deactivatedOn())) {
                writes.deactivate(row);
                counts.deactivated++;
            }
            else {
                counts.unchanged++;
            }
            stored.put(row.npi(), new ProviderRepository.Stored(before == null ? null : before.lastUpdated(), row.deactivatedOn()));
            return before == null && appendNew ? null : IndexFeed.Change.remove(row.npi());
        }
        ZipCentroids.Point point = parsed.point();
        if (before == null) {
            writes.insert(row, point);
            counts.imported++;
        }
        else if (before.deactivatedOn() != null || newer(row, before)) {
            writes.update(row, point);
            counts.updated++;
        }
        else {
            counts.unchanged++;
            return null;
        }
        stored.put(row.npi(), new ProviderRepository.Stored(row.lastUpdated(), null));
        return before == null && appendNew ? IndexFeed.Change.add(parsed.document())
                : IndexFeed.Change.replace(parsed.document());
    }

    private static boolean newer(NppesRow row, ProviderRepository.Stored before) {
        return row.lastUpdated() != null && (before.lastUpdated() == null || row.lastUpdated().isAfter(before.lastUpdated()));
    }

    /** File identity for resuming: SHA-256 of the first MiB (with the size it tells files apart without reading 9 GB). */
    private static String digest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(in.readNBytes(1 << 20));
            return HexFormat.of().formatHex(sha.digest());
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
