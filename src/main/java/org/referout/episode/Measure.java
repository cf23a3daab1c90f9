package org.referout.episode;

/**
 * The outcome measures of CLINICAL.md R1, as far as storing and validating a score needs them.
 * Stand-in until the episode module points at {@code org.referout.clinical}'s measure type.
 */
public enum Measure {
    NPRS("Pain (NPRS)", 0, 10, false),
    PSFS("Activities (PSFS)", 0, 10, true),
    PEG("PEG-3", 0, 10, true),
    GROC("Global rating of change (GROC)", -7, 7, false);

    private final String label;
    private final int min;
    private final int max;
    private final boolean hasItems;

    Measure(String label, int min, int max, boolean hasItems) {
        this.label = label;
        this.min = min;
        this.max = max;
        this.hasItems = hasItems;
    }

    public String label() {
        return label;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** PSFS and PEG are scored from items; NPRS and GROC are a single value. */
    public boolean hasItems() {
        return hasItems;
    }

    /** GROC rates change since the start, so it cannot be an episode's primary measure (no baseline). */
    public boolean canBePrimary() {
        return this != GROC;
    }
}
