package org.referout.fhir;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.referout.intake.IntakeItem;
import org.referout.intake.LinkKind;
import org.referout.intake.SubmittedIntake;

/**
 * The intake module's questionnaires as canonical FHIR Questionnaires (one per screen: the intake, the before-visit
 * questionnaire and the R5 red-flag screen) and each completed link as a QuestionnaireResponse. The intake module
 * owns the questions (IntakeItem); this class only translates them, so a Questionnaire never asks something the
 * client's page does not. Item linkIds are the form's field names, which is also how the answers are stored.
 */
final class QuestionnaireMapper {

    /** Questionnaire ids; the same for every practice (the questions are the product's, not a practice's). */
    static final String INTAKE = "intake";
    static final String PRE_VISIT = "pre-visit";
    static final String RED_FLAGS = "red-flags";
    static final List<String> IDS = List.of(INTAKE, PRE_VISIT, RED_FLAGS);

    private QuestionnaireMapper() {
    }

    static String id(LinkKind kind) {
        return kind == LinkKind.INTAKE ? INTAKE : PRE_VISIT;
    }

    static String url(String id) {
        return Codes.QUESTIONNAIRE + id;
    }

    static Questionnaire toFhir(String id, String title, List<IntakeItem> pages) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(id);
        questionnaire.setUrl(url(id));
        questionnaire.setName("ReferOut" + title.replaceAll("[^A-Za-z0-9]", ""));
        questionnaire.setTitle(title);
        questionnaire.setStatus(PublicationStatus.ACTIVE);
        questionnaire.setPublisher("ReferOut");
        questionnaire.addSubjectType("Patient");
        for (IntakeItem page : pages) {
            questionnaire.addItem(item(page));
        }
        return questionnaire;
    }

    private static QuestionnaireItemComponent item(IntakeItem source) {
        QuestionnaireItemComponent item = new QuestionnaireItemComponent().setLinkId(source.linkId())
            .setText(source.text()).setType(type(source.type())).setRequired(source.required());
        for (IntakeItem.Choice choice : source.choices()) {
            item.addAnswerOption().setValue(new Coding(choiceSystem(source.linkId()), choice.code(), choice.label()));
        }
        if (source.type() == IntakeItem.Type.SCALE_0_10) {
            item.addExtension("http://hl7.org/fhir/StructureDefinition/minValue", new IntegerType(0));
            item.addExtension("http://hl7.org/fhir/StructureDefinition/maxValue", new IntegerType(10));
        }
        source.items().forEach(child -> item.addItem(item(child)));
        return item;
    }

    private static QuestionnaireItemType type(IntakeItem.Type type) {
        return switch (type) {
            case GROUP -> QuestionnaireItemType.GROUP;
            case TEXT -> QuestionnaireItemType.STRING;
            case LONG_TEXT -> QuestionnaireItemType.TEXT;
            case DATE -> QuestionnaireItemType.DATE;
            case SCALE_0_10 -> QuestionnaireItemType.INTEGER;
            case YES_NO, AGREE -> QuestionnaireItemType.BOOLEAN;
            case CHOICE -> QuestionnaireItemType.CHOICE;
        };
    }

    /** The complaint is coded as the EpisodeOfCare codes it; other choices get a code system named after the field. */
    static String choiceSystem(String linkId) {
        return linkId.equals("complaint") ? Codes.COMPLAINTS : Codes.CODE_SYSTEM + "intake-" + linkId;
    }

    /**
     * One completed questionnaire: a page group per page, an answer per question the client answered (optional
     * questions left blank have no item, as FHIR asks). Answers are typed by the question, never guessed from text.
     */
    static QuestionnaireResponse toFhir(SubmittedIntake submitted, List<IntakeItem> pages) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(submitted.link().id().toString());
        Versions.set(response, 0, submitted.link().completedAt()); // a submitted response is final
        response.setQuestionnaire(url(id(submitted.link().kind())));
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        Reference patient = new Reference("Patient/" + submitted.link().client());
        response.setSubject(patient);
        response.setSource(patient.copy());
        response.setAuthored(Date.from(submitted.link().completedAt().toInstant()));
        Map<String, String> answers = submitted.answers();
        for (IntakeItem page : pages) {
            QuestionnaireResponseItemComponent group = new QuestionnaireResponseItemComponent()
                .setLinkId(page.linkId()).setText(page.text());
            for (IntakeItem question : page.items()) {
                String answer = answers.get(question.linkId());
                Type value = answer == null ? null : typed(question, answer);
                if (value != null) {
                    group.addItem().setLinkId(question.linkId()).setText(question.text()).addAnswer().setValue(value);
                }
            }
            if (group.hasItem()) {
                response.addItem(group);
            }
        }
        return response;
    }

    /** Answers were checked when the client sent them; one that no longer reads (a later rule change) is left out. */
    private static Type typed(IntakeItem question, String answer) {
        try {
            return value(question, answer);
        }
        catch (RuntimeException e) {
            return null;
        }
    }

    private static Type value(IntakeItem question, String answer) {
        return switch (question.type()) {
            case GROUP -> null;
            case TEXT, LONG_TEXT -> new StringType(answer);
            case DATE -> new DateType(LocalDate.parse(answer).toString());
            case SCALE_0_10 -> new IntegerType(Integer.parseInt(answer));
            case YES_NO, AGREE -> new BooleanType("yes".equals(answer));
            case CHOICE -> question.choices().stream().filter(choice -> choice.code().equals(answer)).findFirst()
                .map(choice -> (Type) new Coding(choiceSystem(question.linkId()), choice.code(), choice.label()))
                .orElse(null);
        };
    }
}
