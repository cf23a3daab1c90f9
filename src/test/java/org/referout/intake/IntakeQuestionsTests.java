package org.referout.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The question set other modules read (FHIR's Questionnaire) says what the client's page asks: every question's
 * wording and every choice appears in the page template, and every page's fields are what IntakeChecks accepts.
 * Red-flag wording is not checked here: the page prints the clinical core's own text.
 */
class IntakeQuestionsTests {

    @Test
    void everyQuestionIsWordedAsOnTheClientsPage() throws IOException {
        String page;
        try (InputStream in = getClass().getResourceAsStream("/templates/intake/form.html")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        }
        for (LinkKind kind : LinkKind.values()) {
            for (IntakeItem step : IntakeQuestions.of(kind)) {
                for (IntakeItem question : step.items()) {
                    if (question.linkId().startsWith("flags.")) {
                        continue;
                    }
                    // numbered questions are built in the template: 'Activity ' + i
                    String text = question.text().replaceFirst(" \\d( today\\?)?$", " ' + i$1");
                    assertThat(page).as(question.linkId()).contains(text.replace("' + i today?", "' + i + ' today?"));
                    question.choices().stream().filter(choice -> !question.linkId().equals("complaint"))
                        .forEach(choice -> assertThat(page).contains(choice.label()));
                }
            }
        }
    }

    @Test
    void pagesFollowTheStepsAndTheirFieldsAreTheOnesChecked() {
        assertThat(IntakeQuestions.of(LinkKind.INTAKE)).extracting(IntakeItem::linkId)
            .containsExactly("about-you", "problem", "health", "measures", "consent");
        assertThat(IntakeQuestions.of(LinkKind.PRE_VISIT)).extracting(IntakeItem::linkId)
            .containsExactly("measures", "health");
        for (IntakeItem page : IntakeQuestions.of(LinkKind.INTAKE)) {
            Step step = Step.valueOf(page.linkId().toUpperCase().replace('-', '_'));
            assertThat(page.items()).allMatch(item -> IntakeAnswers.belongsTo(step, item.linkId()));
        }
        assertThat(IntakeQuestions.of(LinkKind.INTAKE).get(0).items()).extracting(IntakeItem::linkId)
            .containsExactlyElementsOf(IntakeChecks.DETAILS);
        assertThat(IntakeQuestions.redFlagScreen().items()).hasSize(org.referout.clinical.RedFlag.values().length);
    }
}
