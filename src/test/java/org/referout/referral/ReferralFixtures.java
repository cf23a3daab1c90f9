package org.referout.referral;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.referout.client.ClientDetails;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.episode.EpisodeId;
import org.referout.episode.EpisodeStart;
import org.referout.episode.Episodes;
import org.referout.episode.ScoreInput;
import org.referout.episode.VisitInput;
import org.referout.episode.VisitNotes;
import org.referout.practice.CurrentPractice;
import org.springframework.boot.test.context.TestComponent;

/** A plateaued low-back episode (NPRS 7, 6, 6, 6, 6) for a client with an e-mail address, ready to refer. */
@TestComponent
class ReferralFixtures {

    record Plateau(ClientId client, EpisodeId episode, String email) {
    }

    private final Clients clients;
    private final Episodes episodes;
    private final Clock clock;

    ReferralFixtures(Clients clients, Episodes episodes, Clock clock) {
        this.clients = clients;
        this.episodes = episodes;
        this.clock = clock;
    }

    Plateau plateau(CurrentPractice by, String firstName, String lastName) {
        LocalDate today = LocalDate.now(clock);
        String email = firstName.toLowerCase() + "-" + System.nanoTime() + "@client.test";
        ClientId client = clients.create(by, new ClientDetails(firstName, lastName, LocalDate.of(1980, 3, 14),
                email, "555-0100", "1 Main St", null, "Springfield", "IL",
                "62701", "English", true));
        EpisodeId episode = episodes.start(by, client, new EpisodeStart("LOW_BACK_PAIN", false, List.of("low back"),
                "Lift my daughter without pain", "NPRS", List.of(), today.minusDays(40)));
        int[] pain = { 7, 6, 6, 6, 6 };
        for (int i = 0; i < pain.length; i++) {
            episodes.recordVisit(by, episode, new VisitInput(today.minusDays(35 - 7L * i), 60,
                    List.of(i % 2 == 0 ? "DEEP_TISSUE" : "TRIGGER_POINT"),
                    new VisitNotes(null, null, "Visit " + (i + 1) + ": little change", null, null),
                    List.of(new ScoreInput("NPRS", BigDecimal.valueOf(pain[i]), null))));
        }
        return new Plateau(client, episode, email);
    }
}
