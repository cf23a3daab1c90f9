package org.referout.clinical;

/**
 * What the trajectory rules of R4.1 decided at visit n, before red flags: the status, its recommendation,
 * the reason code and the lower tolerance bound that applied at n; the days since the baseline when rule 6
 * counted them, -1 when it did not need them, {@link #DAYS_UNKNOWN} when it needed them and a date was missing.
 */
record Verdict(Status status, Recommendation recommendation, ReasonCode reason, ToleranceBound bound,
               long daysSinceBaseline) {

    /** {@code daysSinceBaseline} when rule 6 needed the days of a chronic episode and a date was missing (R7.1). */
    static final long DAYS_UNKNOWN = -2;
}
