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

    /** The visit's length in minutes, or null when the Encounter does not say. */
    static Integer minutes(Encounter encounter) {
        if (!encounter.hasLength() || encounter.getLength().getValue() == null) {
            return null;
        }
        return encounter.getLength().getValue().intValue();
    }
}
