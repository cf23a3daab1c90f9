package org.referout.intake;

import java.util.List;

/**
 * One question of a questionnaire as the client's form asks it, or a page of them ({@link Type#GROUP}).
 * {@code linkId} is the form field the answer is posted and stored under ({@code nprs}, {@code flags.NIGHT_PAIN});
 * a page's linkId is its step. This is the questionnaire's one definition outside the page template, so that
 * other modules (FHIR's Questionnaire) describe exactly what the client is asked.
 */
public record IntakeItem(String linkId, String text, Type type, boolean required, List<Choice> choices,
        List<IntakeItem> items) {

    /** How the client answers. */
    public enum Type {
        GROUP, TEXT, LONG_TEXT, DATE, SCALE_0_10, YES_NO, CHOICE, AGREE
    }

    /** One answer of a CHOICE question: the code stored, the words shown. */
    public record Choice(String code, String label) {
    }

    public IntakeItem {
        choices = List.copyOf(choices);
        items = List.copyOf(items);
    }

    static IntakeItem question(String linkId, String text, Type type, boolean required) {
        return new IntakeItem(linkId, text, type, required, List.of(), List.of());
    }

    static IntakeItem choice(String linkId, String text, List<Choice> choices) {
        return new IntakeItem(linkId, text, Type.CHOICE, true, choices, List.of());
    }

    static IntakeItem page(String linkId, String text, List<IntakeItem> items) {
        return new IntakeItem(linkId, text, Type.GROUP, true, List.of(), items);
    }
}
