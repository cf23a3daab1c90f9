package org.referout.insights;

/**
 * The 95 % Wilson score interval for a proportion (Wilson 1927). Chosen over the textbook "p ± 1.96·SE" because
 * that one collapses to zero width at 0 % and 100 % and runs outside 0–1 with the small numbers a practice has;
 * Wilson's stays inside and is honest about how little ten episodes say.
 *
 * @param low  lower limit, 0–1
 * @param high upper limit, 0–1
 */
public record WilsonInterval(double low, double high) {

    static final double Z95 = 1.959963984540054;

    public static WilsonInterval of(int successes, int trials) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 ≤ successes ≤ trials and trials > 0, got " + successes + "/"
                    + trials);
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** True when the two intervals share no value: the difference is more than the noise of small numbers. */
    public boolean doesNotOverlap(WilsonInterval other) {
        return high < other.low || other.high < low;
    }
}
