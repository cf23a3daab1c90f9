package org.referout.intake;

/** One R5 red-flag question for a form: the code, its level, the therapist's label and the client's wording. */
public record FlagQuestion(String code, FlagLevel level, String label, String question) {

    static FlagQuestion of(RedFlagQuestion flag) {
        return new FlagQuestion(flag.code(), flag.level(), flag.label(), flag.question());
    }
}
