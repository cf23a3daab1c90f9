package org.referout.fhir;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.referout.client.ClientId;
import org.referout.episode.Visit;
import org.referout.episode.VisitNotes;

/**
 * A visit's SOAP notes and homework as a DocumentReference (LOINC 11506-3 progress note, as US Core carries clinical
 * notes), so that {@code $everything} holds the whole record (the right of access) without putting free text into
 * the Encounter, which has no place for it. Id = the visit id; a visit without notes has none.
 */
final class NotesMapper {

    static final String PROGRESS_NOTE = "11506-3";

    private NotesMapper() {
    }

    /** The notes of every visit of these episodes that has any. */
    static List<DocumentReference> of(List<ClientRecord.EpisodeVisits> episodes) {
        List<DocumentReference> notes = new ArrayList<>();
        for (ClientRecord.EpisodeVisits episode : episodes) {
            for (Visit visit : episode.visits()) {
                toFhir(episode.episode().client(), visit).ifPresent(notes::add);
            }
        }
        return notes;
    }

    static Optional<DocumentReference> toFhir(ClientId client, Visit visit) {
        String text = text(visit.notes());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        DocumentReference document = new DocumentReference();
        document.setId(visit.id().toString());
        Versions.edited(document, visit.version(), visit.createdAt()); // the visit's version counts notes edits
        document.setStatus(DocumentReferenceStatus.CURRENT);
        document.setDocStatus(DocumentReference.ReferredDocumentStatus.FINAL);
        document.setType(new CodeableConcept(new Coding(Codes.LOINC, PROGRESS_NOTE, "Progress note"))
            .setText("Visit notes"));
        document.setSubject(new Reference("Patient/" + client));
        document.setDate(Date.from(visit.createdAt().toInstant()));
        document.addAuthor(new Reference("Practitioner/" + visit.recordedBy()));
        document.setDescription("Notes of the visit on " + visit.date());
        DateTimeType day = new DateTimeType(visit.date().toString());
        document.getContext().addEncounter(new Reference("Encounter/" + visit.id()))
            .setPeriod(new Period().setStartElement(day).setEndElement(day.copy()));
        document.addContent().setAttachment(new Attachment().setContentType("text/plain; charset=utf-8")
            .setLanguage("en").setTitle("Visit notes " + visit.date())
            .setData(text.getBytes(StandardCharsets.UTF_8)));
        return Optional.of(document);
    }

    /** The parts a therapist wrote, each under its SOAP heading; empty when none was written. */
    static String text(VisitNotes notes) {
        List<String> parts = new ArrayList<>();
        part(parts, "Subjective", notes.subjective());
        part(parts, "Objective", notes.objective());
        part(parts, "Assessment", notes.assessment());
        part(parts, "Plan", notes.plan());
        part(parts, "Homework", notes.homework());
        return String.join("\n\n", parts);
    }

    private static void part(List<String> parts, String heading, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(heading + ":\n" + text.strip());
        }
    }
}
