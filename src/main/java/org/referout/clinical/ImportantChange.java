package org.referout.clinical;

/**
 * R2, clinically important change, in exact integer arithmetic. A score is an item sum over a fixed item
 * count m, so "Δ ≥ 2.0" is "Δsum ≥ 2·m" and "Δ ≥ 30 % of baseline" is "10·Δsum ≥ 3·baselineSum".
 * Comparisons are inclusive and nothing is rounded (R2).
 */
public final class ImportantChange {

    private ImportantChange() {
    }

    /** Δ of the top of CLINICAL.md in units of 1/m: positive when the client is better. */
    static int improvementSum(Measure measure, int baselineSum, int latestSum) {
        return measure.higherIsBetter() ? latestSum - baselineSum : baselineSum - latestSum;
    }

    /** R2 important improvement: NPRS Δ ≥ 2 and ≥ 30 %; PSFS Δ ≥ 2.0; PEG Δ ≥ 1.0 and ≥ 30 %. */
    static boolean isImportantImprovement(Measure measure, int baselineSum, int latestSum, int m) {
        int delta = improvementSum(measure, baselineSum, latestSum);
        if (delta < measure.importantPoints() * m) {
            return false;
        }
        return !measure.needsThirtyPercent() || 10L * delta >= 3L * baselineSum;
    }

    /** R2 deterioration: NPRS Δ ≤ −2, PSFS Δ ≤ −2.0, PEG Δ ≤ −2.0. */
    static boolean isDeterioration(Measure measure, int baselineSum, int latestSum, int m) {
        return improvementSum(measure, baselineSum, latestSum) <= -measure.deteriorationPoints() * m;
    }

    /** R4.1 rule 2: Δ ≤ 2 × the deterioration threshold (NPRS Δ ≤ −4), which refers at once. */
    static boolean isLargeDeterioration(Measure measure, int baselineSum, int latestSum, int m) {
        return improvementSum(measure, baselineSum, latestSum) <= -2 * measure.deteriorationPoints() * m;
    }

    /** R2 "recovered" range: NPRS latest ≤ 1, PEG ≤ 1.0, PSFS ≥ 9.0. */
    static boolean isRecovered(Measure measure, int latestSum, int m) {
        int limit = measure.recoveredLimit() * m;
        return measure.higherIsBetter() ? latestSum >= limit : latestSum <= limit;
    }

    /**
     * R2 no room to improve: NPRS baseline ≤ 1, PEG baseline &lt; 1.0, PSFS baseline &gt; 8.0 — exactly the
     * baselines from which the point threshold of an important improvement cannot be reached.
     */
    static boolean hasNoRoom(Measure measure, int baselineSum, int m) {
        return switch (measure) {
            case NPRS -> baselineSum <= 1;
            case PEG -> baselineSum < m;
            case PSFS -> baselineSum > 8 * m;
            case GROC -> false;
        };
    }

    public static boolean isImportantImprovement(Score baseline, Score latest) {
        return isImportantImprovement(baseline.measure(), baseline.sum(), latest.sum(), baseline.itemCount());
    }

    public static boolean isDeterioration(Score baseline, Score latest) {
        return isDeterioration(baseline.measure(), baseline.sum(), latest.sum(), baseline.itemCount());
    }

    public static boolean isRecovered(Score latest) {
        return isRecovered(latest.measure(), latest.sum(), latest.itemCount());
    }

    public static boolean hasNoRoom(Score baseline) {
        return hasNoRoom(baseline.measure(), baseline.sum(), baseline.itemCount());
    }

    /** R2 GROC: an important improvement is a rating of +3 or more. */
    public static boolean isImportantGroc(int groc) {
        return groc >= 3;
    }

    /** R2 GROC: a deterioration is a rating of −3 or less. */
    public static boolean isDeterioratingGroc(int groc) {
        return groc <= -3;
    }
}
