package org.referout.intake;

import java.time.OffsetDateTime;

import org.referout.clinical.Recommendation;
import org.referout.clinical.RedFlag;

/** A red flag that counts now, with when and where the client answered yes. */
public record ActiveFlag(RedFlag flag, OffsetDateTime answeredAt, AnswerSource source) {

    public String code() {
        return flag.name();
    }

    public Recommendation level() {
        return flag.level();
    }

    public String label() {
        return flag.label();
    }

    public String question() {
        return flag.question();
    }
}
