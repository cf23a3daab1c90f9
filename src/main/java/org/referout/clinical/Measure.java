package org.referout.clinical;

import java.math.BigDecimal;

/**
 * The outcome measures of R1, with the thresholds of R2 and the default SEM of R3.
 * <p>
 * Every threshold is a whole number of points, so the rules compare in integers: a score is kept as the
 * sum of its items and its item count, and "Δ ≥ 2.0" on a PSFS mean of m items becomes "Δsum ≥ 2·m".
 * That keeps the comparisons exact, as R2 demands, even for PEG's thirds.
 */
public enum Measure {

    /** Numeric Pain Rating Scale, 0–10, higher = worse (Farrar 2001). */
    NPRS("Pain", 0, 10, 1, 1, false, 2, 2, 1, 1.02),
    /** Patient-Specific Functional Scale, mean of 1–5 activities 0–10, higher = better (Stratford 1995). */
    PSFS("Activity score", 0, 10, 1, 5, true, 2, 2, 9, 0.86),
    /** PEG-3, mean of 3 items 0–10, higher = worse (Krebs 2009). */
    PEG("Pain and interference (PEG)", 0, 10, 3, 3, false, 1, 2, 1, 1.07),
    /** Global Rating of Change, −7…+7, secondary only: never used for the status (R2, Kamper 2009). */
    GROC("Global rating of change", -7, 7, 1, 1, true, 3, 3, 0, Double.NaN);

    private final String label;
    private final int min;
    private final int max;
    private final int minItems;
    private final int maxItems;
    private final boolean higherIsBetter;
    private final int importantPoints;
    private final int deteriorationPoints;
    private final int recoveredLimit;
    private final double defaultSem;

    Measure(String label, int min, int max, int minItems, int maxItems, boolean higherIsBetter,
            int importantPoints, int deteriorationPoints, int recoveredLimit, double defaultSem) {
        this.label = label;
        this.min = min;
        this.max = max;
        this.minItems = minItems;
        this.maxItems = maxItems;
        this.higherIsBetter = higherIsBetter;
        this.importantPoints = importantPoints;
        this.deteriorationPoints = deteriorationPoints;
        this.recoveredLimit = recoveredLimit;
        this.defaultSem = defaultSem;
    }

    /** Plain name for sentences, e.g. "Pain". */
    public String label() {
        return label;
    }

    /** The label with the measure's code, for headings and choices: "Pain (NPRS)", "Pain and interference (PEG)". */
    public String labelWithCode() {
        return label.endsWith("(" + name() + ")") ? label : label + " (" + name() + ")";
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public int minItems() {
        return minItems;
    }

    public int maxItems() {
        return maxItems;
    }

    /** NPRS, GROC: one {@code value}; PSFS, PEG: a list of {@code items} (R7.1). */
    public boolean isSingleItem() {
        return maxItems == 1;
    }

    /** R1 "better" column: PSFS and GROC are better when higher, NPRS and PEG when lower. */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Only GROC is secondary (R2): reported, never the primary measure. */
    public boolean canBePrimary() {
        return this != GROC;
    }

    /** R2: the point threshold of an important improvement (NPRS 2, PSFS 2.0, PEG 1.0, GROC +3). */
    public int importantPoints() {
        return importantPoints;
    }

    /** R2: the size of a deterioration, as a positive number (NPRS 2, PSFS 2.0, PEG 2.0, GROC 3). */
    public int deteriorationPoints() {
        return deteriorationPoints;
    }

    /** R2: NPRS and PEG also need Δ ≥ 30 % of the baseline (a design decision: "both" rules). */
    boolean needsThirtyPercent() {
        return this == NPRS || this == PEG;
    }

    /** R2 "recovered" range limit: latest ≤ limit (NPRS 1, PEG 1.0) or ≥ limit (PSFS 9.0). */
    int recoveredLimit() {
        return recoveredLimit;
    }

    /** R3 default standard error of measurement (NPRS 1.02, PSFS 0.86, PEG 1.07); NaN for GROC. */
    public double defaultSem() {
        return defaultSem;
    }

    /**
     * R1 range check of one item as it arrives (a JSON number may be fractional). This is the one R1 item check:
     * visits, the intake, the FHIR import and {@code evaluate} all ask it.
     *
     * @return null when valid, else a message naming the value, e.g. "11 is outside 0..10 for NPRS"
     */
    public String problemWith(double item) {
        if (item != Math.rint(item) || Double.isInfinite(item)) {
            return notWhole(Decimals.plain(item));
        }
        if (item < min || item > max) {
            return outside(Decimals.plain(item));
        }
        return null;
    }

    /** The same check of an item as typed or received, exactly ("7.50" is not whole; "11.0" is 11, out of range). */
    public String problemWith(BigDecimal item) {
        BigDecimal plain = item.stripTrailingZeros();
        if (plain.scale() > 0) {
            return notWhole(item.toPlainString());
        }
        if (plain.compareTo(BigDecimal.valueOf(min)) < 0 || plain.compareTo(BigDecimal.valueOf(max)) > 0) {
            return outside(plain.toPlainString());
        }
        return null;
    }

    private String notWhole(String item) {
        return item + " is not a whole number for " + name();
    }

    private String outside(String item) {
        return item + " is outside " + min + ".." + max + " for " + name();
    }

    /** R1 item count: PEG exactly 3, PSFS 1 to 5, the others 1; null when valid. */
    public String problemWithItemCount(int count) {
        if (count >= minItems && count <= maxItems) {
            return null;
        }
        if (minItems == maxItems) {
            return name() + " needs exactly " + minItems + (minItems == 1 ? " value" : " items") + ", got " + count;
        }
        return name() + " needs " + minItems + " to " + maxItems + " items, got " + count;
    }
}
