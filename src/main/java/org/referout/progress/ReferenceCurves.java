package org.referout.progress;

import java.time.Instant;

import org.referout.clinical.ExpectedCurves;

/**
 * A practice's expected recovery curves (R4.3) and what they were built from, for the page that shows them.
 *
 * @param ownEpisodes    the practice's closed episodes used
 * @param cohortEpisodes episodes of the built-in reference cohort used (0 once the practice has enough of its own)
 */
public record ReferenceCurves(ExpectedCurves curves, int ownEpisodes, int cohortEpisodes, Instant builtAt) {

    public boolean usesBuiltInCohort() {
        return cohortEpisodes > 0;
    }
}
