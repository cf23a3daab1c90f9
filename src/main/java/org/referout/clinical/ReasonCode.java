package org.referout.clinical;

/** The stable reason codes of R4.4; the sentence that goes with each is in {@link Reason#text()}. */
public enum ReasonCode {
    BASELINE_ONLY,
    BASELINE_NO_ROOM,
    DETERIORATED,
    DETERIORATED_TWICE,
    RECOVERED,
    IMPORTANT_IMPROVEMENT,
    STALLED_AFTER_IMPROVEMENT,
    NO_IMPORTANT_IMPROVEMENT,
    TRIAL_OF_CARE_ENDED,
    BELOW_EXPECTED,
    BELOW_EXPECTED_TWICE,
    EXPECTED_PROGRESS,
    RED_FLAG
}
