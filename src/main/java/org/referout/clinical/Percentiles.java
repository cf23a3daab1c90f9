package org.referout.clinical;

/** Percentiles by linear interpolation between closest ranks, numpy's default (R4.3 expected band). */
final class Percentiles {

    private Percentiles() {
    }

    /**
     * numpy.percentile(values, p) with method "linear": h = (n − 1)·p/100, then x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
     *
     * @param sorted ascending, not empty
     */
    static double of(double[] sorted, int count, double percent) {
        double h = (count - 1) * percent / 100.0;
        int lower = (int) Math.floor(h);
        if (lower >= count - 1) {
            return sorted[count - 1];
        }
        double fraction = h - lower;
        return sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower]);
    }
}
