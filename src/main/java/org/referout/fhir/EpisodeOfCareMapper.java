package org.referout.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Reference;
import org.referout.clinical.Complaint;
import org.referout.clinical.Measure;
import org.referout.episode.Episode;
import org.referout.practice.PracticeId;

/**
 * An episode of care as a FHIR EpisodeOfCare. Its types carry the complaint and the primary measure, so that an
 * exported record imported elsewhere becomes the same episode again.
 */
final class EpisodeOfCareMapper {

    private EpisodeOfCareMapper() {
    }

    static EpisodeOfCare toFhir(PracticeId practice, Episode episode) {
        EpisodeOfCare fhir = new EpisodeOfCare();
        fhir.setId(episode.id().toString());
        Versions.edited(fhir, episode.version(), episode.createdAt());
        fhir.setStatus(episode.status().isOpen() ? EpisodeOfCare.EpisodeOfCareStatus.ACTIVE
                : EpisodeOfCare.EpisodeOfCareStatus.FINISHED);
        fhir.addType(new CodeableConcept(new Coding(Codes.COMPLAINTS, episode.complaint().name(),
                episode.complaint().label())).setText(episode.complaint().label()));
        fhir.addType(new CodeableConcept(new Coding(Codes.MEASURES, episode.primaryMeasure().name(),
                episode.primaryMeasure().labelWithCode())).setText("Primary measure: " + episode.primaryMeasure().labelWithCode()));
        fhir.setPatient(new Reference("Patient/" + episode.client()));
        fhir.setManagingOrganization(new Reference("Organization/" + practice));
        fhir.getPeriod().setStartElement(new DateTimeType(episode.startDate().toString()));
        if (episode.dischargedAt() != null) {
            fhir.getPeriod().setEndElement(new DateTimeType(episode.dischargedAt().toLocalDate().toString()));
        }
        fhir.setCareManager(new Reference("Practitioner/" + episode.therapist()));
        return fhir;
    }

    static final java.util.Set<String> KEPT = java.util.Set.of("status", "type", "patient", "managingOrganization",
            "period", "careManager");

    static void unkept(EpisodeOfCare episode, String path, java.util.function.BiConsumer<String, String> warn) {
        Unkept.others(episode, KEPT, path, warn);
        if (episode.hasCareManager()) {
            warn.accept(path + ".careManager", "is not kept: the importing user is the therapist of record");
        }
        if (episode.getPeriod().hasEnd()) {
            warn.accept(path + ".period.end", "is not kept: a finished episode is closed on import");
        }
    }

    /** The first day of period.start at any precision ("2024", "2024-03", "2024-03-05T10:00:00Z"), or null. */
    static java.time.LocalDate start(EpisodeOfCare episode) {
        DateTimeType start = episode.getPeriod().getStartElement();
        if (start == null || start.getYear() == null) {
            return null;
        }
        var precision = start.getPrecision();
        int month = precision == ca.uhn.fhir.model.api.TemporalPrecisionEnum.YEAR ? 1 : start.getMonth() + 1;
        int day = precision.ordinal() >= ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY.ordinal() ? start.getDay() : 1;
        return java.time.LocalDate.of(start.getYear(), month, day);
    }

    static Complaint complaint(EpisodeOfCare episode) {
        return coded(episode, Codes.COMPLAINTS, Complaint.class);
    }

    static Measure primaryMeasure(EpisodeOfCare episode) {
        return coded(episode, Codes.MEASURES, Measure.class);
    }

    private static <E extends Enum<E>> E coded(EpisodeOfCare episode, String system, Class<E> type) {
        for (CodeableConcept concept : episode.getType()) {
            for (Coding coding : concept.getCoding()) {
                if (system.equals(coding.getSystem())) {
                    try {
                        return Enum.valueOf(type, coding.getCode());
                    }
                    catch (IllegalArgumentException | NullPointerException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
