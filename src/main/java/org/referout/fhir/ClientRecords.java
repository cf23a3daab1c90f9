package org.referout.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.referout.client.Client;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.episode.Episode;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.episode.Visit;
import org.referout.episode.VisitId;
import org.referout.practice.CurrentPractice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads clients, episodes and visits through the feature modules' front doors, so that every FHIR read is audited
 * and role-checked exactly like a page (front desk sees Patients but no clinical resources). Erased clients and
 * everything attached to them do not exist here (404).
 */
@Component
class ClientRecords {

    private final Clients clients;
    private final Episodes episodes;
    private final VisitLookup visits;

    ClientRecords(Clients clients, Episodes episodes, VisitLookup visits) {
        this.clients = clients;
        this.episodes = episodes;
        this.visits = visits;
    }

    @Transactional
    Optional<Client> client(CurrentPractice by, ClientId id) {
        return clients.find(by, id).filter(client -> !client.erased());
    }

    @Transactional
    Optional<ClientRecord> record(CurrentPractice by, ClientId id) {
        return client(by, id).map(client -> {
            var list = new ArrayList<ClientRecord.EpisodeVisits>();
            for (Episode episode : episodes.listForClient(by, id)) {
                list.add(new ClientRecord.EpisodeVisits(episode, episodes.visits(by, episode.id())));
            }
            return new ClientRecord(client, list);
        });
    }

    @Transactional
    Optional<Episode> episode(CurrentPractice by, EpisodeId id) {
        return episodes.find(by, id).filter(episode -> clients.exists(by.id(), episode.client()));
    }

    /** The visit with its episode, for Encounter and Observation reads. */
    @Transactional
    Optional<ClientRecord.EpisodeVisits> visit(CurrentPractice by, VisitId id) {
        return visits.episodeOf(by.id(), id).flatMap(episodeId -> episode(by, episodeId)).map(episode -> {
            List<Visit> one = episodes.visits(by, episode.id()).stream().filter(v -> v.id().equals(id)).toList();
            return new ClientRecord.EpisodeVisits(episode, one);
        }).filter(found -> !found.visits().isEmpty());
    }
}
