package org.referout.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.referout.client.ClientDetails;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.episode.EpisodeId;
import org.referout.episode.EpisodeStart;
import org.referout.episode.Episodes;
import org.referout.episode.ScoreInput;
import org.referout.episode.VisitId;
import org.referout.episode.VisitInput;
import org.referout.episode.VisitNotes;
import org.referout.practice.CurrentPractice;
import org.springframework.boot.test.context.TestComponent;

/** Clients, episodes and NPRS visits through the episode module's front door, for the progress tests. */
@TestComponent
class ProgressFixtures {

    /** Visits are dated from here on, one a week: in the past, whatever day the tests run. */
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    private final Clients clients;
    private final Episodes episodes;

    ProgressFixtures(Clients clients, Episodes episodes) {
        this.clients = clients;
        this.episodes = episodes;
    }

    ClientId client(CurrentPractice by, String first, String last) {
        return clients.create(by, new ClientDetails(first, last, LocalDate.of(1980, 3, 4), null, null, null, null,
                null, null, "62701", "English", true));
    }

    EpisodeId lowBackPain(CurrentPractice by, ClientId client) {
        return episodes.start(by, client, new EpisodeStart("LOW_BACK_PAIN", false, List.of(), "Garden again", "NPRS",
                List.of(), START));
    }

    VisitId visit(CurrentPractice by, EpisodeId episode, int week, int pain, String... techniques) {
        return episodes.recordVisit(by, episode, new VisitInput(START.plusWeeks(week), 60, List.of(techniques),
                VisitNotes.NONE, List.of(new ScoreInput("NPRS", BigDecimal.valueOf(pain), null))));
    }

    /** An episode with these NPRS scores, one visit a week. */
    EpisodeId episodeWithPain(CurrentPractice by, ClientId client, int... pains) {
        EpisodeId episode = lowBackPain(by, client);
        for (int i = 0; i < pains.length; i++) {
            visit(by, episode, i, pains[i], "SWEDISH");
        }
        return episode;
    }
}
