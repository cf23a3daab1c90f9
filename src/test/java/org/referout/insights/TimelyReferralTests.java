package org.referout.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.referout.clinical.Complaint;
import org.referout.clinical.ExpectedCurves;
import org.referout.clinical.Measure;
import org.referout.clinical.Status;
import org.referout.episode.EpisodeId;
import org.referout.episode.EpisodeStatus;
import org.referout.episode.Score;
import org.referout.insights.EpisodeFacts.VisitFacts;
import org.referout.insights.EpisodeReviews.Kind;
import org.referout.insights.EpisodeReviews.Review;
import org.referout.practice.UserId;

/**
 * The timely-referral measure on episodes whose review and referral timings are known. Pain 8, 8, 8, … goes
 * NOT_ON_TRACK after visit 3 (R4.3 default bound: no improvement by the second follow-up), so the window is
 * visits 3–5 and closes on the day of visit 6. Visits are weekly from 1 March 2025.
 */
class TimelyReferralTests {

    static final LocalDate FIRST = LocalDate.of(2025, 3, 1);
    static final LocalDate TODAY = LocalDate.of(2025, 12, 1);

    @Test
    void offTrackStartsAtVisitThreeForUnchangedPain() {
        EpisodeOutcome outcome = OutcomeReplay.replay(episode(1, EpisodeStatus.ACTIVE, 8, 8, 8, 8), ExpectedCurves.none());
        assertThat(outcome.statusAfter()).containsExactly(Status.INSUFFICIENT_DATA, Status.ON_TRACK,
                Status.NOT_ON_TRACK, Status.PLATEAU);
        assertThat(outcome.firstOffTrackVisit()).contains(3);
    }

    @Test
    void countsReviewsAndReferralsWithinTwoVisits() {
        Map<EpisodeId, List<Review>> reviews = new HashMap<>();
        List<EpisodeFacts> episodes = new ArrayList<>();
        // 1 (visit ids are episode × 100 + visit number): alert of visit 3 acknowledged on the day of visit 4 → in time
        episodes.add(episode(1, EpisodeStatus.ACTIVE, 8, 8, 8, 8, 8, 8));
        reviews.put(new EpisodeId(1), List.of(new Review(Kind.ALERT_DECIDED, 103L, day(4), "REFER")));
        // 2: the same alert acknowledged only after visit 6 → missed
        episodes.add(episode(2, EpisodeStatus.ACTIVE, 8, 8, 8, 8, 8, 8, 8));
        reviews.put(new EpisodeId(2), List.of(new Review(Kind.ALERT_DECIDED, 203L, day(7), "CONTINUE_CHANGED_PLAN")));
        // 3: six visits, nothing done → missed
        episodes.add(episode(3, EpisodeStatus.ACTIVE, 8, 8, 8, 8, 8, 8));
        // 4: a referral created between visits 4 and 5 → in time
        episodes.add(episode(4, EpisodeStatus.ACTIVE, 8, 8, 8, 8, 8, 8));
        reviews.put(new EpisodeId(4), List.of(new Review(Kind.REFERRAL_CREATED, null, day(4).plusDays(2), "SENT")));
        // 5: closed as referred out after visit 5 → in time
        episodes.add(episode(5, EpisodeStatus.REFERRED_OUT, 8, 8, 8, 8, 8));
        // 6: four visits, still open, nothing yet → pending, not counted
        episodes.add(episode(6, EpisodeStatus.ACTIVE, 8, 8, 8, 8));
        // 7: improving, never off track → not counted
        episodes.add(episode(7, EpisodeStatus.ACTIVE, 8, 5, 3));
        // 8: an alert decided for visit 1, before it went off track, does not count → missed
        episodes.add(episode(8, EpisodeStatus.ACTIVE, 8, 8, 8, 8, 8, 8));
        reviews.put(new EpisodeId(8), List.of(new Review(Kind.ALERT_DECIDED, 801L, day(1), "CONTINUE_CHANGED_PLAN")));
        // 9: discharged after visit 4 without review → the window closed: missed
        episodes.add(episode(9, EpisodeStatus.DISCHARGED, 8, 8, 8, 8));

        List<EpisodeOutcome> outcomes = episodes.stream().map(e -> OutcomeReplay.replay(e, ExpectedCurves.none()))
            .toList();
        TimelyReferral timely = TimelyReferral.of(outcomes, reviews, TODAY);

        assertThat(timely.share().count()).isEqualTo(3);
        assertThat(timely.share().of()).isEqualTo(7);
        assertThat(timely.pending()).isEqualTo(1);
        assertThat(timely.missed()).extracting(m -> m.episode().value()).containsExactly(2L, 3L, 8L, 9L);
        assertThat(timely.missed().get(1).offTrackVisit()).isEqualTo(3);
        assertThat(timely.missed().get(1).offTrackOn()).isEqualTo(day(3));
        assertThat(timely.missed().get(1).visitsSince()).isEqualTo(3);
        assertThat(timely.missed().get(0).offTrackStatus()).isEqualTo(Status.NOT_ON_TRACK);
    }

    static LocalDate day(int visit) {
        return FIRST.plusWeeks(visit - 1);
    }

    static EpisodeFacts episode(long id, EpisodeStatus status, int... pain) {
        List<VisitFacts> visits = new ArrayList<>();
        for (int i = 0; i < pain.length; i++) {
            visits.add(new VisitFacts(i + 1, id * 100 + i + 1, day(i + 1), Set.of(),
                    List.of(Score.single(Measure.NPRS, pain[i]))));
        }
        OffsetDateTime closed = status == EpisodeStatus.ACTIVE ? null
                : day(pain.length).atTime(18, 0).atOffset(ZoneOffset.UTC);
        return new EpisodeFacts(new EpisodeId(id), id, new UserId(1), Complaint.NECK_PAIN, false, Measure.NPRS, FIRST,
                status, closed, visits);
    }
}
