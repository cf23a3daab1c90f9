package org.referout.clinical;

/**
 * The lower tolerance bound at one visit number (R4.3) with what the product shows beside it: the group it
 * came from, the group's size, responders and non-responders, and the sensitivity and specificity the
 * bound had in that group; plus the expected band (25th–75th percentile of the responders' Δ).
 * Immutable. For {@link BoundSource#DEFAULT} there is no value, no group and no band.
 */
public final class ToleranceBound {

    /** R4.3 default at k = 2: nothing is below it. */
    static final ToleranceBound DEFAULT_FIRST_FOLLOW_UP = new ToleranceBound(false);
    /** R4.3 default at k ≥ 3: Δ ≤ 0 (no improvement at all by the second follow-up) is below it. */
    static final ToleranceBound DEFAULT_LATER = new ToleranceBound(true);

    private final BoundSource source;
    private final double value;
    private final boolean defaultFlagsNoImprovement;
    private final int groupSize;
    private final int responders;
    private final int nonResponders;
    private final double sensitivity;
    private final double specificity;
    private final double expectedLow;
    private final double expectedHigh;

    private ToleranceBound(boolean defaultFlagsNoImprovement) {
        this(BoundSource.DEFAULT, Double.NaN, defaultFlagsNoImprovement, 0, 0, 0, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN);
    }

    ToleranceBound(BoundSource source, double value, boolean defaultFlagsNoImprovement, int groupSize,
                   int responders, int nonResponders, double sensitivity, double specificity,
                   double expectedLow, double expectedHigh) {
        this.source = source;
        this.value = value;
        this.defaultFlagsNoImprovement = defaultFlagsNoImprovement;
        this.groupSize = groupSize;
        this.responders = responders;
        this.nonResponders = nonResponders;
        this.sensitivity = sensitivity;
        this.specificity = specificity;
        this.expectedLow = expectedLow;
        this.expectedHigh = expectedHigh;
    }

    /** The default bound of R4.3 at visit number k. */
    static ToleranceBound defaultAt(int visit) {
        return visit >= 3 ? DEFAULT_LATER : DEFAULT_FIRST_FOLLOW_UP;
    }

    /** R4.3: below the bound when Δ &lt; t (strictly); by default Δ ≤ 0 from k = 3 on. */
    public boolean isBelow(double improvement) {
        if (source == BoundSource.DEFAULT) {
            return defaultFlagsNoImprovement && improvement <= 0;
        }
        return improvement < value;
    }

    public BoundSource source() {
        return source;
    }

    /** False for DEFAULT: then {@link #value()} is NaN and the output's lowerBound is null. */
    public boolean hasValue() {
        return source != BoundSource.DEFAULT;
    }

    /** tₖ, an improvement Δ in the measure's points; NaN for DEFAULT. */
    public double value() {
        return value;
    }

    public int groupSize() {
        return groupSize;
    }

    public int responders() {
        return responders;
    }

    public int nonResponders() {
        return nonResponders;
    }

    /** Share of the group's non-responders below the bound; NaN for DEFAULT. */
    public double sensitivity() {
        return sensitivity;
    }

    /** Share of the group's responders at or above the bound (≥ 0.8 by construction); NaN for DEFAULT. */
    public double specificity() {
        return specificity;
    }

    /** False for DEFAULT: no group, so no expected band on the chart. */
    public boolean hasExpectedBand() {
        return !Double.isNaN(expectedLow);
    }

    /** 25th percentile of the responders' Δ at this visit number. */
    public double expectedLow() {
        return expectedLow;
    }

    /** 75th percentile of the responders' Δ at this visit number. */
    public double expectedHigh() {
        return expectedHigh;
    }

    /** Value equality, so evaluations built from equal reference data compare equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ToleranceBound that && source == that.source
                && Double.compare(value, that.value) == 0 && defaultFlagsNoImprovement == that.defaultFlagsNoImprovement
                && groupSize == that.groupSize && responders == that.responders && nonResponders == that.nonResponders
                && Double.compare(sensitivity, that.sensitivity) == 0 && Double.compare(specificity, that.specificity) == 0
                && Double.compare(expectedLow, that.expectedLow) == 0 && Double.compare(expectedHigh, that.expectedHigh) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(source, value, groupSize, responders, nonResponders, expectedLow, expectedHigh);
    }

    @Override
    public String toString() {
        return source + (hasValue() ? " t=" + value + " n=" + groupSize + " (" + responders + "/" + nonResponders
                + ") band " + expectedLow + ".." + expectedHigh : defaultFlagsNoImprovement ? " Δ≤0" : " none");
    }
}
