package org.referout.fhir;

import java.util.List;

import org.referout.client.Client;
import org.referout.episode.Episode;
import org.referout.episode.Visit;

/**
 * A client's record as the FHIR endpoints need it: the client, each episode with its visits (and their scores), and
 * the times imported scores were taken and issued, by Observation id.
 */
record ClientRecord(Client client, List<EpisodeVisits> episodes, java.util.Map<String, ObservationTimes.Times> times) {

    ClientRecord(Client client, List<EpisodeVisits> episodes) {
        this(client, episodes, java.util.Map.of());
    }

    ObservationTimes.Times times(String observation) {
        return times.getOrDefault(observation, ObservationTimes.Times.NONE);
    }

    record EpisodeVisits(Episode episode, List<Visit> visits) {
    }
}
