package org.referout.clinical;

/**
 * R4.3 baseline band: NPRS and PEG below 4 mild, 4 to below 7 moderate, 7–10 severe; PSFS (higher is
 * better) 7–10 mild, 4 to below 7 moderate, below 4 severe.
 */
public enum BaselineBand {
    MILD, MODERATE, SEVERE;

    /** The band of a baseline given as an exact item sum over itemCount items (no rounding of means). */
    static BaselineBand of(Measure measure, int baselineSum, int itemCount) {
        if (measure.higherIsBetter()) {
            return baselineSum >= 7 * itemCount ? MILD : baselineSum >= 4 * itemCount ? MODERATE : SEVERE;
        }
        return baselineSum < 4 * itemCount ? MILD : baselineSum < 7 * itemCount ? MODERATE : SEVERE;
    }

    /** The band of a baseline score. */
    public static BaselineBand of(Score baseline) {
        return of(baseline.measure(), baseline.sum(), baseline.itemCount());
    }
}
