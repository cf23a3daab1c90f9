package org.referout.progress;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.referout.episode.EpisodeClosed;
import org.referout.practice.PracticeId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * R4.3: a closed episode becomes reference data, so the practice's curves are rebuilt in the background.
 * Idempotent (a rebuild from the stored episodes gives the same curves however often it runs).
 *
 * <p>Closures that arrive while a rebuild of the same practice is running are folded into one more rebuild by
 * that running listener, instead of each rebuilding from every stored episode (a practice closing 60 episodes in
 * a row, as the demo does, would otherwise rebuild 60 times). Crash-safe: the running listener's own event stays
 * incomplete until its last rebuild ends, so after a crash it is re-delivered and rebuilds everything.
 */
@Component
class CurveRefit {

    private final Progress progress;
    /** Per practice: closures not yet covered by a rebuild; non-zero while a rebuild runs. */
    private final ConcurrentMap<PracticeId, AtomicInteger> requested = new ConcurrentHashMap<>();

    CurveRefit(Progress progress) {
        this.progress = progress;
    }

    @ApplicationModuleListener
    void on(EpisodeClosed event) {
        AtomicInteger pending = requested.computeIfAbsent(event.practice(), practice -> new AtomicInteger());
        if (pending.getAndIncrement() > 0) {
            return; // a rebuild is running and will run once more for this closure
        }
        try {
            int covered;
            do {
                covered = pending.get();
                progress.refitCurves(event.practice());
            }
            while (pending.addAndGet(-covered) > 0);
        }
        catch (RuntimeException e) {
            pending.set(0);
            throw e;
        }
    }
}
