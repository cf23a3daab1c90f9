package org.referout.clinical;

import java.time.LocalDate;

/**
 * One scored visit on the progress chart (C3): the score, Δₖ over the baseline, and the bound and
 * expected band at k from {@link ExpectedCurves}.
 *
 * @param k     1 for the baseline, 2 for the next scored visit, …
 * @param visit the visit number as entered
 * @param date  null when not entered
 */
public record ChartPoint(int k, int visit, LocalDate date, double score, double improvement, ToleranceBound bound) {

    /** Whether Δₖ is below the lower tolerance bound at k (R4.3). */
    public boolean isBelowBound() {
        return k >= 2 && bound.isBelow(improvement);
    }
}
