package org.referout.clinical;

import java.util.Arrays;

/**
 * The contributions Δₖ of reference episodes at one visit number k, split by outcome; turns itself into
 * a {@link ToleranceBound} by the 80 %-specificity rule of R4.3. Used only while curves are built.
 */
final class ReferenceGroup {

    /** R4.3 group minimums. */
    static final int MIN_CONTRIBUTIONS = 30;
    static final int MIN_RESPONDERS = 10;
    static final int MIN_NON_RESPONDERS = 10;

    private double[] responders = new double[8];
    private double[] nonResponders = new double[8];
    private int responderCount;
    private int nonResponderCount;

    void add(double improvement, boolean responder) {
        if (responder) {
            if (responderCount == responders.length) {
                responders = Arrays.copyOf(responders, responderCount * 2);
            }
            responders[responderCount++] = improvement;
        } else {
            if (nonResponderCount == nonResponders.length) {
                nonResponders = Arrays.copyOf(nonResponders, nonResponderCount * 2);
            }
            nonResponders[nonResponderCount++] = improvement;
        }
    }

    /** R4.3: at least 30 contributions with at least 10 responders and 10 non-responders. */
    boolean isLargeEnough() {
        return responderCount + nonResponderCount >= MIN_CONTRIBUTIONS
                && responderCount >= MIN_RESPONDERS && nonResponderCount >= MIN_NON_RESPONDERS;
    }

    /**
     * R4.3 lower tolerance bound: every distinct Δ value v is the rule "Δ &lt; v flags a non-responder";
     * among the v whose specificity is at least 80 % (5 × responders with Δ ≥ v ≥ 4 × responders, in
     * integers) take the highest sensitivity, and on ties the smallest v.
     */
    ToleranceBound toBound(BoundSource source) {
        double[] yes = Arrays.copyOf(responders, responderCount);
        double[] no = Arrays.copyOf(nonResponders, nonResponderCount);
        Arrays.sort(yes);
        Arrays.sort(no);
        double[] candidates = distinct(yes, no);
        double best = candidates[0];
        int bestFlagged = -1;
        int bestKept = yes.length;
        for (double v : candidates) {
            int kept = yes.length - countBelow(yes, v);
            if (5L * kept < 4L * yes.length) {
                break; // specificity only falls as v grows
            }
            int flagged = countBelow(no, v);
            if (flagged > bestFlagged) { // strictly greater: on ties the smallest v stays
                best = v;
                bestFlagged = flagged;
                bestKept = kept;
            }
        }
        return new ToleranceBound(source, best, false, yes.length + no.length, yes.length, no.length,
                (double) bestFlagged / no.length, (double) bestKept / yes.length,
                Percentiles.of(yes, yes.length, 25), Percentiles.of(yes, yes.length, 75));
    }

    /** How many of the sorted values are strictly below v. */
    private static int countBelow(double[] sorted, double v) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < v) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static double[] distinct(double[] a, double[] b) {
        double[] all = new double[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        int count = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[count - 1]) {
                all[count++] = all[i];
            }
        }
        return Arrays.copyOf(all, count);
    }
}
