package org.referout.insights;

import java.util.Locale;

/**
 * A proportion as the dashboard shows it: never a bare percentage, always the count, the group size and the 95 %
 * Wilson interval; and for groups under {@link #MINIMUM_GROUP} episodes, "too few to say" instead of a number.
 */
public record Share(int count, int of, WilsonInterval interval) {

    /** Groups smaller than this are shown as "too few to say" (C7: never a bare percentage from three clients). */
    public static final int MINIMUM_GROUP = 10;

    public static Share of(int count, int of) {
        return new Share(count, of, of == 0 ? null : WilsonInterval.of(count, of));
    }

    public boolean tooFew() {
        return of < MINIMUM_GROUP;
    }

    public double proportion() {
        return of == 0 ? 0 : (double) count / of;
    }

    /** "4 of 12 (33 %, 95 % CI 14–61 %)" or "2 of 5: too few to say". */
    public String text() {
        if (tooFew()) {
            return count + " of " + of + ": too few to say";
        }
        return String.format(Locale.ROOT, "%d of %d (%d %%, 95 %% CI %d–%d %%)", count, of, percent(proportion()),
                percent(interval.low()), percent(interval.high()));
    }

    static int percent(double proportion) {
        return (int) Math.round(100 * proportion);
    }
}
