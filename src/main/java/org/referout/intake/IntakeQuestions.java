package org.referout.intake;

import static org.referout.intake.IntakeItem.Type.AGREE;
import static org.referout.intake.IntakeItem.Type.DATE;
import static org.referout.intake.IntakeItem.Type.LONG_TEXT;
import static org.referout.intake.IntakeItem.Type.SCALE_0_10;
import static org.referout.intake.IntakeItem.Type.TEXT;
import static org.referout.intake.IntakeItem.Type.YES_NO;
import static org.referout.intake.IntakeItem.question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.referout.clinical.Complaint;
import org.referout.clinical.RedFlag;

/**
 * The questions of each page as {@code templates/intake/form.html} asks them and {@link IntakeChecks} accepts them
 * (field names, required or not). The wording is copied from the template; IntakeQuestionsTests fails when the two
 * drift apart. Red-flag questions come from the clinical core's R5 wording, as the page's do.
 */
final class IntakeQuestions {

    private IntakeQuestions() {
    }

    /** The pages of a questionnaire, in the order the client sees them (Step.of). */
    static List<IntakeItem> of(LinkKind kind) {
        return Step.of(kind).stream().map(step -> page(step, kind)).toList();
    }

    /** The R5 red-flag screen on its own: the HEALTH page of both questionnaires. */
    static IntakeItem redFlagScreen() {
        return IntakeItem.page(linkId(Step.HEALTH), Step.HEALTH.title(), Arrays.stream(RedFlag.values())
            .map(flag -> question("flags." + flag.name(), flag.question(), YES_NO, true)).toList());
    }

    /** A step's page linkId: {@code about-you}, {@code health}. */
    static String linkId(Step step) {
        return step.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static IntakeItem page(Step step, LinkKind kind) {
        return switch (step) {
            case ABOUT_YOU -> IntakeItem.page(linkId(step), step.title(), List.of(
                    question("firstName", "First name", TEXT, true),
                    question("lastName", "Last name", TEXT, true),
                    question("dateOfBirth", "Date of birth", DATE, false),
                    question("email", "E-mail", TEXT, false),
                    question("phone", "Phone", TEXT, false),
                    question("addressLine1", "Street address", TEXT, false),
                    question("addressLine2", "Flat, suite or unit", TEXT, false),
                    question("city", "Town or city", TEXT, false),
                    question("state", "State", TEXT, false),
                    question("zip", "ZIP or postal code", TEXT, false),
                    question("preferredLanguage", "Language you prefer", TEXT, false)));
            case PROBLEM -> IntakeItem.page(linkId(step), step.title(), List.of(
                    IntakeItem.choice("complaint", "What brings you in?", Arrays.stream(Complaint.values())
                        .map(c -> new IntakeItem.Choice(c.name(), c.label())).toList()),
                    IntakeItem.choice("duration", "How long have you had it?", List.of(
                            new IntakeItem.Choice("WEEKS", "Less than 6 weeks"),
                            new IntakeItem.Choice("MONTHS", "6 weeks to 3 months"),
                            new IntakeItem.Choice("LONGER", "More than 3 months"))),
                    question("bodyRegions", "Where do you feel it?", TEXT, false),
                    question("goals", "What will you do again when you are out of pain?", LONG_TEXT, false)));
            case HEALTH -> redFlagScreen();
            case MEASURES -> IntakeItem.page(linkId(step), step.title(), measures(kind));
            case CONSENT -> IntakeItem.page(linkId(step), step.title(), List.of(
                    question("consentTreatment",
                            "I agree to massage treatment. I can ask questions or stop at any time.", AGREE, true),
                    question("consentSharing", "I understand that if my therapist suggests another provider, my "
                            + "information is shared only with the people I approve at that time.", AGREE, true)));
        };
    }

    /**
     * An intake names up to five activities and rates each. A before-visit questionnaire rates the episode's own
     * activities (their names are the questions on the page, so the canonical form numbers them), or, for an
     * episode without any, lets the client name them as at intake (IntakeChecks); so both list both, and only the
     * intake requires the first.
     */
    private static List<IntakeItem> measures(LinkKind kind) {
        List<IntakeItem> items = new ArrayList<>(List.of(
                question("nprs", "How bad is your pain right now?", SCALE_0_10, true),
                question("peg1", "What number best describes your pain on average in the past week?", SCALE_0_10,
                        true),
                question("peg2", "How much has pain got in the way of your enjoyment of life?", SCALE_0_10, true),
                question("peg3", "How much has pain got in the way of your general activity?", SCALE_0_10, true)));
        for (int i = 1; i <= IntakeChecks.MAX_ACTIVITIES; i++) {
            items.add(question("activity" + i, "Activity " + i, TEXT, kind == LinkKind.INTAKE && i == 1));
            items.add(question("rating" + i, "How well can you do activity " + i + " today?", SCALE_0_10,
                    kind == LinkKind.INTAKE && i == 1));
        }
        return items;
    }
}
