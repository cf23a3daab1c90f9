package org.referout.fhir;

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
import org.referout.practice.User;
import org.springframework.boot.test.context.TestComponent;

/** A realistic client record built through the services, as a therapist would enter it: every measure is used. */
@TestComponent
class FhirFixture {

    record Built(ClientId client, EpisodeId nprsEpisode, EpisodeId psfsEpisode) {
    }

    private final Clients clients;
    private final Episodes episodes;
    private final Clock clock;

    FhirFixture(Clients clients, Episodes episodes, Clock clock) {
        this.clients = clients;
        this.episodes = episodes;
        this.clock = clock;
    }

    Built client(User therapist, String first, String last, String email, String phone) {
        var by = therapist.asCurrentPractice();
        LocalDate start = LocalDate.now(clock).minusDays(40);
        ClientId client = clients.create(by, new ClientDetails(first, last, LocalDate.of(1979, 11, 3), email, phone,
                "48 Birch Road", null, "Eugene", "OR", "97403", "English", true));
        EpisodeId back = episodes.start(by, client, new EpisodeStart("LOW_BACK_PAIN", true, List.of("low back"),
                "Carry groceries without pain", "NPRS", List.of(), start));
        visit(by, back, start, "Sore after gardening at " + last + "'s house", nprs(7), peg(7, 6, 7));
        visit(by, back, start.plusDays(7), "Better", nprs(5), peg(5, 5, 6), groc(2));
        visit(by, back, start.plusDays(14), "Much better", nprs(3), peg(3, 2, 3), groc(4));
        episodes.close(by, back, org.referout.episode.DischargeReason.GOALS_MET, 0);
        EpisodeId neck = episodes.start(by, client, new EpisodeStart("NECK_PAIN", false, List.of("neck"), null, "PSFS",
                List.of("Turning head while driving", "Reading for an hour"), start.plusDays(20)));
        visit(by, neck, start.plusDays(20), null, psfs(3, 4));
        visit(by, neck, start.plusDays(27), null, psfs(5, 6), groc(3));
        return new Built(client, back, neck);
    }

    private void visit(org.referout.practice.CurrentPractice by, EpisodeId episode, LocalDate date, String note,
            ScoreInput... scores) {
        episodes.recordVisit(by, episode, new VisitInput(date, 50, List.of("SWEDISH", "TRIGGER_POINT"),
                new VisitNotes(note, null, null, null, null), List.of(scores)));
    }

    static ScoreInput nprs(int value) {
        return new ScoreInput("NPRS", BigDecimal.valueOf(value), null);
    }

    static ScoreInput groc(int value) {
        return new ScoreInput("GROC", BigDecimal.valueOf(value), null);
    }

    static ScoreInput peg(int... items) {
        return new ScoreInput("PEG", null, java.util.Arrays.stream(items).mapToObj(BigDecimal::valueOf).toList());
    }

    static ScoreInput psfs(int... items) {
        return new ScoreInput("PSFS", null, java.util.Arrays.stream(items).mapToObj(BigDecimal::valueOf).toList());
    }
}
