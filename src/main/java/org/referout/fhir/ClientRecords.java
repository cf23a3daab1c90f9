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
import org.referout.referral.Addressee;
import org.referout.referral.Referral;
import org.referout.referral.Referrals;
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
    private final Referrals referrals;
    private final ObservationTimes times;

    ClientRecords(Clients clients, Episodes episodes, VisitLookup visits, Referrals referrals,
            ObservationTimes times) {
        this.times = times;
        this.clients = clients;
        this.episodes = episodes;
        this.visits = visits;
        this.referrals = referrals;
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
            var visitIds = list.stream().flatMap(e -> e.visits().stream()).map(Visit::id).toList();
            return new ClientRecord(client, list, times.of(by.id(), visitIds));
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

    /** The kept times of one visit's scores (its record already read through {@link #visit}). */
    java.util.Map<String, ObservationTimes.Times> times(CurrentPractice by, VisitId visit) {
        return times.of(by.id(), List.of(visit));
    }

    /** The client's referrals, episode by episode (the referral module lists them per episode). */
    @Transactional
    List<Referral> referrals(CurrentPractice by, ClientRecord record) {
        List<Referral> list = new ArrayList<>();
        record.episodes().forEach(episode -> list.addAll(referrals.forEpisode(by, episode.episode().id())));
        return list;
    }

    /** Every referral of the practice whose client is not erased (the referral module keeps at most 500). */
    @Transactional
    List<Referral> referrals(CurrentPractice by) {
        return referrals.list(by).stream().filter(referral -> clients.exists(by.id(), referral.client())).toList();
    }

    /** Erased clients' referrals do not exist here. */
    boolean clientExists(CurrentPractice by, Referral referral) {
        return clients.exists(by.id(), referral.client());
    }

    List<Addressee> addressees(CurrentPractice by, Referral referral) {
        return referrals.addressees(by, referral.id());
    }
}
