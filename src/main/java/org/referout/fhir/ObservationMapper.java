package org.referout.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.referout.client.ClientId;
import org.referout.clinical.Measure;
import org.referout.episode.Episode;
import org.referout.episode.Score;
import org.referout.episode.ScoreInput;
import org.referout.episode.Visit;
import org.referout.web.FieldProblem;

/**
 * One score of one visit as a FHIR Observation and back (R1 codes). NPRS and the PEG panel carry LOINC codes;
 * PSFS and GROC have none, so they use ReferOut's measure code system. PEG and PSFS keep their items as
 * components so that an exported record can be imported again without losing anything.
 */
final class ObservationMapper {

    /** What an imported Observation says: the score as entered, where and when it was taken. */
    record Reading(Measure measure, ScoreInput score, List<String> psfsActivities, LocalDate date, String subject,
            String encounter, ObservationTimes.Times times) {
    }

    private ObservationMapper() {
    }

    static Observation toFhir(ClientId client, Episode episode, Visit visit, Score score) {
        return toFhir(client, episode, visit, score, ObservationTimes.Times.NONE);
    }

    /** As above, with the effective time and issued instant an import kept (else the visit's day, no issued). */
    static Observation toFhir(ClientId client, Episode episode, Visit visit, Score score,
            ObservationTimes.Times times) {
        Observation observation = new Observation();
        observation.setId(ObservationId.of(visit.id(), score.measure()));
        Versions.set(observation, 0, visit.createdAt()); // a score is never changed once its visit is recorded
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory().addCoding().setSystem(Codes.OBSERVATION_CATEGORY).setCode("survey")
            .setDisplay("Survey");
        observation.setCode(code(score.measure()));
        observation.setSubject(new Reference("Patient/" + client));
        observation.setEncounter(new Reference("Encounter/" + visit.id()));
        observation.setEffective(new DateTimeType(times.effective() == null ? visit.date().toString()
                : written(times.effective())));
        if (times.issued() != null) {
            observation.setIssuedElement(new org.hl7.fhir.r4.model.InstantType(written(times.issued())));
        }
        observation.addPerformer(new Reference("Practitioner/" + visit.recordedBy()));
        switch (score.measure()) {
            case NPRS, GROC -> observation.setValue(quantity(BigDecimal.valueOf(score.value())));
            case PSFS -> {
                observation.setValue(quantity(mean(score)));
                for (int i = 0; i < score.items().size(); i++) {
                    String activity = i < episode.psfsActivities().size() ? episode.psfsActivities().get(i)
                            : "Activity " + (i + 1);
                    observation.addComponent().setCode(new CodeableConcept().setText(activity))
                        .setValue(quantity(BigDecimal.valueOf(score.items().get(i))));
                }
            }
            case PEG -> {
                for (int i = 0; i < score.items().size(); i++) {
                    observation.addComponent().setCode(loinc(Codes.PEG_ITEMS[i], pegItemName(i)))
                        .setValue(quantity(BigDecimal.valueOf(score.items().get(i))));
                }
                observation.addComponent().setCode(loinc(Codes.PEG_MEAN, "PEG mean score"))
                    .setValue(quantity(mean(score)));
            }
        }
        return observation;
    }

    /**
     * Reads a score from an Observation, adding a problem named by its path (under {@code path}) for anything
     * that is not a valid R1 score. Returns null when the Observation cannot be read at all.
     */
    static Reading fromFhir(Observation observation, String path, List<FieldProblem> problems) {
        return fromFhir(observation, path, problems, (expression, message) -> {
        });
    }

    /** What of an Observation a score keeps; the rest is listed by {@code warn}. */
    static final java.util.Set<String> KEPT = java.util.Set.of("status", "category", "code", "subject", "encounter",
            "effective[x]", "issued", "value[x]", "component");

    /** As above, and warns (expression, message) for whatever the score does not keep. */
    static Reading fromFhir(Observation observation, String path, List<FieldProblem> problems,
            java.util.function.BiConsumer<String, String> warn) {
        Measure measure = measure(observation.getCode());
        if (measure == null) {
            problems.add(new FieldProblem(path + ".code", "is not a ReferOut measure (NPRS 72514-3, PEG 91148-7, "
                    + Codes.MEASURES + " PSFS or GROC)"));
            return null;
        }
        Observation.ObservationStatus status = observation.getStatus();
        if (status != Observation.ObservationStatus.FINAL && status != Observation.ObservationStatus.AMENDED
                && status != Observation.ObservationStatus.CORRECTED) {
            problems.add(new FieldProblem(path + ".status", (status == null ? "is required" : status.toCode()
                    + " is not a score a clinician recorded") + ": send final, amended or corrected"));
        }
        Unkept.others(observation, KEPT, path, warn);
        for (int i = 0; i < observation.getCategory().size(); i++) {
            boolean survey = observation.getCategory().get(i).getCoding().stream()
                .anyMatch(c -> Codes.OBSERVATION_CATEGORY.equals(c.getSystem()) && "survey".equals(c.getCode()));
            if (!survey) {
                warn.accept(path + ".category[" + i + "]", "is not kept: every score is served as a survey");
            }
        }
        OffsetDateTime[] effective = new OffsetDateTime[1];
        LocalDate date = date(observation, path, problems, warn, effective);
        OffsetDateTime issued = observation.hasIssuedElement() && observation.getIssuedElement().getValueAsString()
                != null ? time(observation.getIssuedElement().getValueAsString()) : null;
        if (observation.hasIssuedElement() && issued == null) {
            warn.accept(path + ".issued", "is not kept: an instant needs its time zone");
        }
        var times = new ObservationTimes.Times(effective[0], issued);
        String subject = observation.getSubject().getReference();
        if (subject == null) {
            problems.add(new FieldProblem(path + ".subject", "is required (the Patient of this bundle)"));
        }
        String encounter = observation.hasEncounter() ? observation.getEncounter().getReference() : null;
        if (measure.isSingleItem()) {
            Integer value = whole(number(observation.getValue()), measure, path + ".value", problems);
            return new Reading(measure, new ScoreInput(measure.name(), value == null ? null : BigDecimal.valueOf(value),
                    null), List.of(), date, subject, encounter, times);
        }
        var items = new ArrayList<BigDecimal>();
        var activities = new ArrayList<String>();
        for (int i = 0; i < observation.getComponent().size(); i++) {
            ObservationComponentComponent component = observation.getComponent().get(i);
            if (measure == Measure.PEG && hasCode(component.getCode(), Codes.PEG_MEAN)) {
                continue; // the mean is computed from the items (R1), never taken as given
            }
            String itemPath = path + ".component[" + i + "].value";
            Integer value = whole(number(component.getValue()), measure, itemPath, problems);
            items.add(value == null ? null : BigDecimal.valueOf(value));
            activities.add(component.getCode().getText());
        }
        if (measure.problemWithItemCount(items.size()) != null) {
            problems.add(new FieldProblem(path + ".component", measure == Measure.PEG
                    ? "PEG needs its 3 item components" : "PSFS needs 1 to 5 activity components"));
        }
        return new Reading(measure, new ScoreInput(measure.name(), null, items),
                measure == Measure.PSFS ? activities : List.of(), date, subject, encounter, times);
    }

    /** A score as valueQuantity or valueInteger (both legal R4); null for none. */
    private static BigDecimal number(org.hl7.fhir.r4.model.Type value) {
        if (value instanceof Quantity quantity) {
            return quantity.getValue();
        }
        if (value instanceof org.hl7.fhir.r4.model.IntegerType integer && integer.getValue() != null) {
            return BigDecimal.valueOf(integer.getValue());
        }
        return null;
    }

    static CodeableConcept code(Measure measure) {
        return switch (measure) {
            case NPRS -> loinc(Codes.NPRS, "Pain severity - 0-10 verbal numeric rating [Score] - Reported");
            case PEG -> loinc(Codes.PEG_PANEL, "PEG 3 item pain scale");
            case PSFS -> referout(measure, "Patient-Specific Functional Scale");
            case GROC -> referout(measure, "Global Rating of Change");
        };
    }

    /** The measure a search's {@code code} token names ("72514-3", "http://loinc.org|72514-3", "PSFS"). */
    static Measure measure(String token) {
        String code = token.contains("|") ? token.substring(token.indexOf('|') + 1) : token;
        for (Measure measure : Measure.values()) {
            if (code.equals(code(measure).getCodingFirstRep().getCode())) {
                return measure;
            }
        }
        return null;
    }

    private static Measure measure(CodeableConcept concept) {
        for (Coding coding : concept.getCoding()) {
            for (Measure measure : Measure.values()) {
                Coding ours = code(measure).getCodingFirstRep();
                if (ours.getSystem().equals(coding.getSystem()) && ours.getCode().equals(coding.getCode())) {
                    return measure;
                }
            }
        }
        return null;
    }

    /**
     * The visit's day from effectiveDateTime, effectiveInstant or effectivePeriod.start, as written (no time zone
     * moves a visit to the day before). Less than a day is a 400. A time of day with its zone is kept (put in
     * {@code effective[0]}) and served back as written; a time without a zone (not valid FHIR) is not (a warning).
     */
    private static LocalDate date(Observation observation, String path, List<FieldProblem> problems,
            java.util.function.BiConsumer<String, String> warn, OffsetDateTime[] effective) {
        org.hl7.fhir.r4.model.BaseDateTimeType when = null;
        if (observation.hasEffectiveDateTimeType()) {
            when = observation.getEffectiveDateTimeType();
        }
        else if (observation.hasEffectiveInstantType()) {
            when = observation.getEffectiveInstantType();
        }
        else if (observation.hasEffectivePeriod() && observation.getEffectivePeriod().hasStart()) {
            when = observation.getEffectivePeriod().getStartElement();
        }
        if (when == null || when.getValueAsString() == null || when.getPrecision().ordinal()
                < ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY.ordinal()) {
            problems.add(new FieldProblem(path + ".effective", "is required, at least to the day"));
            return null;
        }
        if (when.getPrecision().ordinal() > ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY.ordinal()) {
            effective[0] = time(when.getValueAsString());
            if (effective[0] == null) {
                warn.accept(path + ".effective", "the time of day (" + when.getValueAsString()
                        + ") is not kept without its time zone: ReferOut records the visit's day");
            }
        }
        return LocalDate.parse(when.getValueAsString().substring(0, 10));
    }

    /** A FHIR dateTime or instant with its zone ("2024-01-08T09:15:00-05:00"); null without a zone. */
    private static OffsetDateTime time(String written) {
        try {
            return OffsetDateTime.parse(written);
        }
        catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** As written: to the second (milliseconds when there are any), in the zone it was taken in ("Z" for UTC). */
    private static String written(OffsetDateTime time) {
        return time.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
            .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static Integer whole(BigDecimal value, Measure measure, String path, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(path, "is required"));
            return null;
        }
        String problem = measure.problemWith(value);
        if (problem != null) {
            problems.add(new FieldProblem(path, problem));
            return null;
        }
        return value.intValueExact();
    }

    private static boolean hasCode(CodeableConcept concept, String code) {
        return concept.getCoding().stream().anyMatch(coding -> code.equals(coding.getCode()));
    }

    private static Quantity quantity(BigDecimal value) {
        return new Quantity().setValue(value).setUnit("score").setSystem(Codes.UCUM).setCode("{score}");
    }

    /** Stored to 4 decimals (visit_score.score), so the FHIR value is the same number the dashboard uses. */
    private static BigDecimal mean(Score score) {
        return BigDecimal.valueOf(score.score()).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static CodeableConcept loinc(String code, String display) {
        return new CodeableConcept().addCoding(new Coding(Codes.LOINC, code, display));
    }

    private static CodeableConcept referout(Measure measure, String display) {
        return new CodeableConcept().addCoding(new Coding(Codes.MEASURES, measure.name(), display)).setText(display);
    }

    private static String pegItemName(int index) {
        return switch (index) {
            case 0 -> "Pain on average in past week";
            case 1 -> "Pain interference with enjoyment of life in past week";
            default -> "Pain interference with general activity in past week";
        };
    }
}
