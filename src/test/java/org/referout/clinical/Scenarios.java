package org.referout.clinical;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Named clinical scenarios for the tests: weekly visits from 5 January 2026, low back pain, acute. */
final class Scenarios {

    static final LocalDate FIRST_VISIT = LocalDate.of(2026, 1, 5);

    private Scenarios() {
    }

    /** NPRS scores at visits 1, 2, …, one week apart. */
    static EpisodeInput nprs(int... values) {
        return nprs(Complaint.LOW_BACK_PAIN, false, values);
    }

    static EpisodeInput nprs(Complaint complaint, boolean chronic, int... values) {
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            scores.add(Score.of(i + 1, FIRST_VISIT.plusWeeks(i), Measure.NPRS, values[i]));
        }
        return EpisodeInput.of(complaint, chronic, Measure.NPRS, scores);
    }

    /** A chronic NPRS episode with visits the given number of days apart. */
    static EpisodeInput chronicNprsEvery(int days, int... values) {
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            scores.add(Score.of(i + 1, FIRST_VISIT.plusDays((long) days * i), Measure.NPRS, values[i]));
        }
        return EpisodeInput.of(Complaint.LOW_BACK_PAIN, true, Measure.NPRS, scores);
    }

    /** Scores of a multi-item measure (PSFS, PEG), one array of items per visit. */
    static EpisodeInput items(Measure measure, int[]... visits) {
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < visits.length; i++) {
            scores.add(Score.ofItems(i + 1, FIRST_VISIT.plusWeeks(i), measure, visits[i]));
        }
        return EpisodeInput.of(Complaint.LOW_BACK_PAIN, false, measure, scores);
    }

    static Evaluation evaluate(EpisodeInput episode) {
        return EpisodeEvaluator.evaluate(episode, ExpectedCurves.none());
    }

    static int[] v(int... items) {
        return items;
    }

    /** n copies of an episode, for reference groups. */
    static List<EpisodeInput> times(int n, EpisodeInput episode) {
        List<EpisodeInput> episodes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            episodes.add(episode);
        }
        return episodes;
    }
}
