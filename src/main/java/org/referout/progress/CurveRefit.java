package org.referout.progress;

import org.referout.episode.EpisodeClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * R4.3: a closed episode becomes reference data, so the practice's curves are rebuilt in the background.
 * Idempotent (a rebuild from the stored episodes gives the same curves however often it runs).
 */
@Component
class CurveRefit {

    private final Progress progress;

    CurveRefit(Progress progress) {
        this.progress = progress;
    }

    @ApplicationModuleListener
    void on(EpisodeClosed event) {
        progress.refitCurves(event.practice());
    }
}
