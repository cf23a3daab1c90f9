package org.referout.intake;

import java.time.OffsetDateTime;

/** A red flag that counts now: its R5 code and level, the therapist's label and the client's question. */
public record ActiveFlag(String code, FlagLevel level, String label, String question, OffsetDateTime answeredAt,
        AnswerSource source) {
}
