package org.referout.referral;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.referout.support.MutableClock;
import org.springframework.jdbc.core.simple.JdbcClient;

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
    private final Referrals referrals;
    private final RecipientDesk desk;
    private final JdbcClient jdbc;

    ReferralFixtures(Clients clients, Episodes episodes, Clock clock, Referrals referrals, RecipientDesk desk,
            JdbcClient jdbc) {
        this.clients = clients;
        this.episodes = episodes;
        this.clock = clock;
        this.referrals = referrals;
        this.desk = desk;
        this.jdbc = jdbc;
    }

    /**
     * A new plateau client referred to {@code to}, and the recipient's side played out on the test clock: two days
     * later declined ({@code helped} null) or accepted, the client seen four days after that, and the client's answer
     * to the follow-up question ({@code helped}: YES, A_LITTLE or NO; its page is tested in ClientQuestionSentTests).
     */
    void referAndAnswer(CurrentPractice by, String lastName, RecipientId to, String helped) {
        var plateau = plateau(by, "Olive", lastName);
        ReferralId id = referrals.create(by, plateau.episode(), new NewReferral(Urgency.ROUTINE, "Plateau", null,
                "HAND", List.of(to)));
        referrals.recordConsent(by, id, to, new ConsentGiven("Olive " + lastName, ConsentMethod.IN_PERSON,
                DataShared.all()));
        referrals.send(by, id, List.of(to));
        String token = referrals.credentials(by, id, to).orElseThrow().path().substring(3);
        MutableClock testClock = (MutableClock) clock;
        testClock.advance(Duration.ofDays(2));
        if (helped == null) {
            desk.decline(token, "Not taking new clients");
            return;
        }
        desk.accept(token);
        testClock.advance(Duration.ofDays(4));
        desk.seen(token);
        jdbc.sql("""
                insert into referral_follow_up (practice_id, referral_id, answered_at, booked, seen, helped)
                values (:p, :r, :at, true, true, :helped)""")
            .param("p", by.id().value()).param("r", id.value()).param("at", OffsetDateTime.now(clock))
            .param("helped", helped).update();
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
