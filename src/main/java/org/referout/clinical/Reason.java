package org.referout.clinical;

/**
 * One reason of an evaluation (R4.4): a stable code and a plain sentence, with the numbers, that a
 * therapist can read to the client.
 */
public record Reason(ReasonCode code, String text) {
}
