package org.referout.intake;

import org.referout.clinical.Recommendation;
import org.referout.clinical.RedFlag;

/** One R5 red-flag question for a form: the code, its level, the therapist's label and the client's wording. */
public record FlagQuestion(String code, Recommendation level, String label, String question) {

    static FlagQuestion of(RedFlag flag) {
        return new FlagQuestion(flag.name(), flag.level(), flag.label(), flag.question());
    }
}
