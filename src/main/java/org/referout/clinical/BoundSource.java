package org.referout.clinical;

/** Which reference group a lower tolerance bound came from (R4.3 fallback order). */
public enum BoundSource {
    /** Same complaint and baseline band, ≥ 30 contributions with ≥ 10 responders and ≥ 10 non-responders. */
    COMPLAINT_AND_BAND,
    /** Same baseline band, any complaint, same minimums. */
    BAND,
    /** Too little reference data: k ≥ 3 flags Δ ≤ 0, k = 2 flags nothing. */
    DEFAULT
}
