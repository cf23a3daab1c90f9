package org.referout.fhir;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.referout.audit.AuditLog;
import org.referout.client.ClientId;
import org.referout.episode.Score;
import org.referout.episode.Visit;
import org.referout.intake.Intakes;
import org.referout.intake.RedFlags;
import org.referout.practice.CurrentPractice;
import org.referout.practice.PracticeId;
import org.referout.practice.Practices;
import org.referout.practice.UserId;
import org.referout.referral.Referral;
import org.springframework.stereotype.Component;

/**
 * A client's whole record as one Bundle (C8, the right of access): the Patient, the practice, the therapists
 * involved, each episode of care, each visit with its notes, each score, each completed questionnaire, the
 * client's red flags and each referral (ServiceRequest and its Task).
 */
@Component
class BundleExport {

    private final Practices practices;
    private final ClientRecords records;
    private final Intakes intakes;
    private final org.referout.client.Clients clients;
    private final RedFlags redFlags;
    private final AuditLog auditLog;

    BundleExport(Practices practices, ClientRecords records, Intakes intakes, org.referout.client.Clients clients,
            RedFlags redFlags, AuditLog auditLog) {
        this.auditLog = auditLog;
        this.clients = clients;
        this.practices = practices;
        this.records = records;
        this.intakes = intakes;
        this.redFlags = redFlags;
    }

    /**
     * The whole record as one downloadable collection Bundle (the client page's "Export the whole record"): the same
     * resources as {@code $everything}, unpaged, and audited as an export.
     */
    @org.springframework.transaction.annotation.Transactional
    Bundle collection(CurrentPractice by, ClientRecord record) {
        String base = FhirEndpoint.base();
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION).setTimestamp(new java.util.Date());
        List<Resource> all = resources(by, record);
        all.forEach(resource -> bundle.addEntry().setFullUrl(FhirEndpoint.fullUrl(base, resource)).setResource(resource));
        auditLog.record(by, "RECORD_EXPORTED", "client", record.client().id(), record.client().id().value(),
                "whole record, FHIR Bundle of " + all.size() + " resources");
        return bundle;
    }

    List<Resource> resources(CurrentPractice by, ClientRecord record) {
        PracticeId practice = by.id();
        List<Resource> resources = new ArrayList<>();
        resources.add(PatientMapper.toFhir(record.client(), clients.identifiers(practice, List.of(record.client().id()))
            .getOrDefault(record.client().id(), List.of())));
        resources.add(OrganizationMapper.toFhir(practices.practice(practice)));
        Set<UserId> therapists = new LinkedHashSet<>();
        List<Resource> care = new ArrayList<>();
        for (ClientRecord.EpisodeVisits episode : record.episodes()) {
            therapists.add(episode.episode().therapist());
            care.add(EpisodeOfCareMapper.toFhir(practice, episode.episode()));
            for (Visit visit : episode.visits()) {
                therapists.add(visit.recordedBy());
                care.add(EncounterMapper.toFhir(practice, record.client().id(), visit));
            }
        }
        List<Referral> referrals = records.referrals(by, record);
        referrals.forEach(referral -> therapists.add(referral.createdBy()));
        therapists.forEach(id -> practices.user(practice, id).map(PractitionerMapper::toFhir).ifPresent(resources::add));
        resources.addAll(care);
        resources.addAll(observations(record));
        resources.addAll(NotesMapper.of(record.episodes()));
        resources.addAll(responses(by, record.client().id()));
        resources.addAll(flags(by, record.client().id()));
        for (Referral referral : referrals) {
            resources.add(ServiceRequestMapper.toFhir(referral, records.addressees(by, referral)));
            resources.add(TaskMapper.toFhir(referral));
        }
        return resources;
    }

    static List<Observation> observations(ClientRecord record) {
        List<Observation> observations = new ArrayList<>();
        for (ClientRecord.EpisodeVisits episode : record.episodes()) {
            for (Visit visit : episode.visits()) {
                for (Score score : visit.scores()) {
                    observations.add(ObservationMapper.toFhir(record.client().id(), episode.episode(), visit, score,
                            record.times(ObservationId.of(visit.id(), score.measure()))));
                }
            }
        }
        return observations;
    }

    /** The client's red flags (R5: the client's, from any episode), those counting now and those cleared. */
    List<Flag> flags(CurrentPractice by, ClientId client) {
        return FlagMapper.toFhir(client, redFlags.clientScreen(by.id(), client));
    }

    /** The client's completed intake and before-visit questionnaires, each against its canonical Questionnaire. */
    List<QuestionnaireResponse> responses(CurrentPractice by, ClientId client) {
        return intakes.submitted(by, client).stream()
            .map(submitted -> QuestionnaireMapper.toFhir(submitted, intakes.questions(submitted.link().kind())))
            .toList();
    }
}
