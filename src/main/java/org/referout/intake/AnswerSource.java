package org.referout.intake;

/** Where a red-flag answer came from. */
public enum AnswerSource {
    INTAKE, PRE_VISIT, THERAPIST_REVIEW
}
