package org.referout.clinical;

/**
 * Number formatting for reasons and output without {@code String.format}, which would dominate the
 * cost of an evaluation (§P asks for ≤ 20 µs per episode).
 */
final class Decimals {

    private Decimals() {
    }

    /** Rounds half away from zero to two decimals, as shown for improvementPercent and rci (R7.2). */
    static double round2(double value) {
        return Math.signum(value) * Math.floor(Math.abs(value) * 100 + 0.5) / 100;
    }

    /** A whole number without ".0", anything else as Java prints it. */
    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** To one decimal ("6.3"), or no decimals when whole ("7"); R1 shows PEG and PSFS to one decimal. */
    static String oneDecimal(double value) {
        long tenths = Math.round(Math.abs(value) * 10);
        String sign = value < 0 && tenths != 0 ? "-" : "";
        if (tenths % 10 == 0) {
            return sign + (tenths / 10);
        }
        return sign + (tenths / 10) + "." + (tenths % 10);
    }
}
