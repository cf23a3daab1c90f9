package org.referout.fhir;

import java.util.List;

import org.referout.client.Client;
import org.referout.episode.Episode;
import org.referout.episode.Visit;

/** A client's record as the FHIR endpoints need it: the client, each episode with its visits (and their scores). */
record ClientRecord(Client client, List<EpisodeVisits> episodes) {

    record EpisodeVisits(Episode episode, List<Visit> visits) {
    }
}
