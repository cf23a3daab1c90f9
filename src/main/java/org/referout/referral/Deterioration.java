package org.referout.referral;

import org.referout.clinical.Measure;
import org.referout.episode.ScoreHistory;

/**
 * Whether the latest primary score is worse than the first: R6 then puts the physician first. A stand-in for the
 * clinical core's DETERIORATING status until progress' evaluation is available here; it errs towards the physician.
 */
final class Deterioration {

    private Deterioration() {
    }

    static boolean of(ScoreHistory history) {
        var primary = history.scores().stream()
            .filter(entry -> entry.score().measure() == history.primaryMeasure())
            .toList();
        if (primary.size() < 2) {
            return false;
        }
        double first = primary.get(0).score().score();
        double last = primary.get(primary.size() - 1).score().score();
        // NPRS and PEG: higher is worse; PSFS: higher is better.
        return history.primaryMeasure() == Measure.PSFS ? last < first : last > first;
    }
}
