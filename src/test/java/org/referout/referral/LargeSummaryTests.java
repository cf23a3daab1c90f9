package org.referout.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.referout.client.ClientDetails;
import org.referout.client.Clients;
import org.referout.episode.EpisodeStart;
import org.referout.episode.Episodes;
import org.referout.episode.ScoreInput;
import org.referout.episode.VisitInput;
import org.referout.episode.VisitNotes;
import org.referout.support.DatabaseTest;
import org.referout.support.TestPractices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A referral's frozen summary holds whatever the episode holds: 150 visits with long, quote-heavy notes are stored
 * whole (issue: creating the referral failed with 500 past 20,000 characters).
 */
@DatabaseTest
class LargeSummaryTests {

    @Autowired
    Referrals referrals;
    @Autowired
    Clients clients;
    @Autowired
    Episodes episodes;
    @Autowired
    TestPractices practices;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;

    @Test
    void aSummaryOfAnyLengthTheAppAcceptsIsStored() {
        var by = practices.newPractice("LongEpisode").therapist().asCurrentPractice();
        LocalDate today = LocalDate.now(clock);
        var client = clients.create(by, new ClientDetails("Lena", "Long", null, null, null, null, null, null, null,
                "62701", null, true));
        var episode = episodes.start(by, client, new EpisodeStart("NECK_PAIN", true, List.of("neck"), "Sleep", "NPRS",
                List.of(), today.minusDays(300)));
        // the longest assessment a visit takes, half of it quotes that JSON escaping doubles
        String quoted = "\"\" same ".repeat(500);
        for (int i = 0; i < 150; i++) {
            episodes.recordVisit(by, episode, new VisitInput(today.minusDays(299 - 2L * i), 60, List.of("SWEDISH"),
                    new VisitNotes(null, null, quoted, null, null),
                    List.of(new ScoreInput("NPRS", BigDecimal.valueOf(6), null))));
        }
        RecipientId recipient = referrals.addRecipient(by, RecipientDetails.byHand("Dr Wide", "Physician",
                "wide@clinic.test", null));
        ReferralId id = referrals.create(by, episode, new NewReferral(Urgency.ROUTINE, "No change after many visits",
                null, "HAND", List.of(recipient)));

        Integer length = jdbc.sql("select length(summary) from referral where practice_id = :p and id = :id")
            .param("p", by.id().value()).param("id", id.value()).query(Integer.class).single();
        assertThat(length).isGreaterThan(20_000);
        assertThat(referrals.find(by, id).orElseThrow().summary().visits()).isEqualTo(150);
    }
}
