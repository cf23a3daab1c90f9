package org.referout.directory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.referout.directory.index.IndexedProvider;
import org.referout.directory.index.ProviderIndex;

/**
 * Feeds an import's index changes to the Lucene index on a thread of its own, so that indexing one chunk overlaps
 * with storing the next (on two cores the reader, the database writer and the indexer share the work). Changes
 * and commits are applied strictly in the order sent, so a commit's stamp always describes what the index holds;
 * within a chunk too, so an NPI deactivated and reactivated in one chunk ends as the file says.
 * The queue is short: a slow indexer holds back the writer instead of filling the heap.
 */
final class IndexFeed implements AutoCloseable {

    private interface Step {
    }

    private record Changes(List<Change> changes) implements Step {
    }

    /** One provider's change: added (no older copy can exist), replaced, or removed ({@code document} null). */
    record Change(long npi, IndexedProvider document, boolean added) {

        static Change add(IndexedProvider document) {
            return new Change(document.npi(), document, true);
        }

        static Change replace(IndexedProvider document) {
            return new Change(document.npi(), document, false);
        }

        static Change remove(long npi) {
            return new Change(npi, null, false);
        }
    }

    private record Commit(Map<String, String> stamp) implements Step {
    }

    private record End() implements Step {
    }

    private final ProviderIndex index;
    private final BlockingQueue<Step> steps = new ArrayBlockingQueue<>(4);
    private final Thread thread;
    private volatile RuntimeException failure;

    IndexFeed(ProviderIndex index) {
        this.index = index;
        this.thread = new Thread(this::apply, "nppes-indexer");
        thread.setDaemon(true);
        thread.start();
    }

    void send(List<Change> changes) throws InterruptedException {
        put(new Changes(changes));
    }

    void commit(Map<String, String> stamp) throws InterruptedException {
        put(new Commit(stamp));
    }

    /** Waits until everything sent has been applied; rethrows the indexer's failure. */
    void finish() throws InterruptedException {
        end();
        rethrow();
    }

    private void end() throws InterruptedException {
        while (thread.isAlive() && !steps.offer(new End(), 100, TimeUnit.MILLISECONDS)) {
            // the indexer is busy or has failed (then isAlive turns false)
        }
        thread.join();
    }

    private void put(Step step) throws InterruptedException {
        rethrow();
        while (!steps.offer(step, 100, TimeUnit.MILLISECONDS)) {
            rethrow();
        }
    }

    private void rethrow() {
        if (failure != null) {
            throw failure;
        }
    }

    private void apply() {
        try {
            while (true) {
                Step step = steps.take();
                if (step instanceof Changes changes) {
                    for (Change change : changes.changes()) {
                        if (change.document() == null) {
                            index.delete(change.npi());
                        }
                        else if (change.added()) {
                            index.add(change.document());
                        }
                        else {
                            index.upsert(change.document());
                        }
                    }
                }
                else if (step instanceof Commit commit) {
                    index.commit(commit.stamp());
                }
                else {
                    return;
                }
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (RuntimeException e) {
            failure = e;
        }
    }

    /**
     * Also on a failed import: lets the indexer apply what is queued (it describes committed rows) and stop. Never
     * interrupts it, since an interrupt during Lucene's file I/O closes the IndexWriter for good.
     */
    @Override
    public void close() throws InterruptedException {
        end();
    }
}
