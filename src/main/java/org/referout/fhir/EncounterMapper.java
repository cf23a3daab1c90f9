package org.referout.fhir;

import java.math.BigDecimal;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.referout.client.ClientId;
import org.referout.episode.Visit;
import org.referout.practice.PracticeId;

/**
 * A visit as a FHIR Encounter (one per visit, the Observations' encounter). Clinical notes are not copied into it:
 * the Encounter says when and how long, the scores say how the client was.
 */
final class EncounterMapper {

    private EncounterMapper() {
    }

    static Encounter toFhir(PracticeId practice, ClientId client, Visit visit) {
        Encounter encounter = new Encounter();
        encounter.setId(visit.id().toString());
        // what an Encounter shows (day, length, who, where) never changes once recorded; notes edits are the
        // DocumentReference's versions
        Versions.set(encounter, 0, visit.createdAt());
        encounter.setStatus(Encounter.EncounterStatus.FINISHED);
        encounter.setClass_(new Coding(Codes.ACT_CODE, "AMB", "ambulatory"));
        encounter.setSubject(new Reference("Patient/" + client));
        encounter.addEpisodeOfCare(new Reference("EpisodeOfCare/" + visit.episode()));
        encounter.addParticipant().setIndividual(new Reference("Practitioner/" + visit.recordedBy()));
        DateTimeType day = new DateTimeType(visit.date().toString());
        encounter.setPeriod(new Period().setStartElement(day).setEndElement(day.copy()));
        encounter.setLength((Duration) new Duration().setValue(BigDecimal.valueOf(visit.durationMinutes()))
            .setUnit("min").setSystem(Codes.UCUM).setCode("min"));
        encounter.setServiceProvider(new Reference("Organization/" + practice));
        return encounter;
    }

    /** What of an Encounter a visit keeps; the rest is listed by {@code warn}. */
    static final java.util.Set<String> KEPT = java.util.Set.of("status", "class", "subject", "episodeOfCare",
            "period", "length", "participant", "serviceProvider");

    static void unkept(Encounter encounter, String path, java.util.function.BiConsumer<String, String> warn) {
        Unkept.others(encounter, KEPT, path, warn);
        if (encounter.hasParticipant()) {
            warn.accept(path + ".participant", "is not kept: the importing user is the therapist of record");
        }
        if (encounter.getPeriod().hasStart() && encounter.getPeriod().getStartElement().getPrecision().ordinal()
                > ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY.ordinal()) {
            warn.accept(path + ".period", "the time of day is not kept: ReferOut records the visit's day and length");
        }
    }

    /**
     * The visit's length in minutes: from {@code length} (min or h), else from a period with times, else null.
     * An unusable length is a problem named by its path.
     */
    static Integer minutes(Encounter encounter, String path, java.util.List<org.referout.web.FieldProblem> problems) {
        if (encounter.hasLength() && encounter.getLength().getValue() != null) {
            BigDecimal value = encounter.getLength().getValue();
            String unit = encounter.getLength().hasCode() ? encounter.getLength().getCode() : encounter.getLength()
                .getUnit();
            if ("h".equals(unit)) {
                value = value.multiply(BigDecimal.valueOf(60));
            }
            else if (unit != null && !unit.equals("min")) {
                problems.add(new org.referout.web.FieldProblem(path + ".length.code", "give the length in min or h"));
                return null;
            }
            if (value.compareTo(BigDecimal.ONE) < 0 || value.compareTo(BigDecimal.valueOf(600)) > 0) {
                problems.add(new org.referout.web.FieldProblem(path + ".length.value", value.toPlainString()
                        + " minutes is outside 1..600"));
                return null;
            }
            return value.setScale(0, java.math.RoundingMode.HALF_UP).intValue();
        }
        Period period = encounter.getPeriod();
        if (period.hasStart() && period.hasEnd() && period.getStartElement().getPrecision().ordinal()
                > ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY.ordinal()
                && period.getEndElement().getPrecision().ordinal()
                        > ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY.ordinal()) {
            long minutes = Math.round((period.getEnd().getTime() - period.getStart().getTime()) / 60000.0);
            if (minutes < 1 || minutes > 600) {
                problems.add(new org.referout.web.FieldProblem(path + ".period", minutes
                        + " minutes from start to end is outside 1..600"));
                return null;
            }
            return (int) minutes;
        }
        return null;
    }
}
