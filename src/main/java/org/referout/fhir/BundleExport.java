package org.referout.fhir;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.referout.episode.Score;
import org.referout.episode.Visit;
import org.referout.practice.PracticeId;
import org.referout.practice.Practices;
import org.referout.practice.UserId;
import org.springframework.stereotype.Component;

/**
 * A client's whole record as one Bundle (C8, the right of access): the Patient, the practice, the therapists
 * involved, each episode of care, each visit and each score.
 */
@Component
class BundleExport {

    private final Practices practices;

    BundleExport(Practices practices) {
        this.practices = practices;
    }

    Bundle everything(PracticeId practice, ClientRecord record) {
        List<Resource> resources = new ArrayList<>();
        resources.add(PatientMapper.toFhir(record.client()));
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
        therapists.forEach(id -> practices.user(practice, id).map(PractitionerMapper::toFhir).ifPresent(resources::add));
        resources.addAll(care);
        resources.addAll(observations(record));
        return FhirEndpoint.searchset(resources);
    }

    static List<Observation> observations(ClientRecord record) {
        List<Observation> observations = new ArrayList<>();
        for (ClientRecord.EpisodeVisits episode : record.episodes()) {
            for (Visit visit : episode.visits()) {
                for (Score score : visit.scores()) {
                    observations.add(ObservationMapper.toFhir(record.client().id(), episode.episode(), visit, score));
                }
            }
        }
        return observations;
    }
}
