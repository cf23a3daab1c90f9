package org.referout.insights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.referout.client.ClientDetails;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.episode.DischargeReason;
import org.referout.episode.EpisodeId;
import org.referout.episode.EpisodeStart;
import org.referout.episode.Episodes;
import org.referout.episode.ScoreInput;
import org.referout.episode.VisitInput;
import org.referout.episode.VisitNotes;
import org.referout.practice.User;

/** Builds episodes through the real front doors: one client each, NPRS as primary, one visit a week. */
final class CaseloadFixture {

    private final Clients clients;
    private final Episodes episodes;

    CaseloadFixture(Clients clients, Episodes episodes) {
        this.clients = clients;
        this.episodes = episodes;
    }

    EpisodeId episode(User therapist, String complaint, LocalDate start, List<String> techniques, int... pain) {
        var me = therapist.asCurrentPractice();
        ClientId client = clients.create(me, new ClientDetails("Client", complaint + "-" + System.nanoTime(), null,
                null, null, null, null, null, null, "98101", null, true));
        EpisodeId id = episodes.start(me, client, new EpisodeStart(complaint, false, List.of(), null, "NPRS",
                List.of(), start));
        for (int i = 0; i < pain.length; i++) {
            episodes.recordVisit(me, id, new VisitInput(start.plusWeeks(i), 60, techniques, VisitNotes.NONE,
                    List.of(new ScoreInput("NPRS", BigDecimal.valueOf(pain[i]), null))));
        }
        return id;
    }

    void close(User therapist, EpisodeId id, DischargeReason reason) {
        episodes.close(therapist.asCurrentPractice(), id, reason, 0);
    }
}
