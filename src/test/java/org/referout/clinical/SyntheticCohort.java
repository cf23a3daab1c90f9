package org.referout.clinical;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded synthetic cohort of NPRS episodes for the backtest and the benchmarks. Responders approach a
 * lower pain level exponentially (40–90 % of the baseline gone at a rate of 0.25–0.7 per visit); non-responders
 * drift by at most a quarter of the baseline; every score gets Gaussian noise (SD 0.8 points) and is
 * rounded and clamped to 0..10, as real NPRS answers are. Published early-response figures (Brennan 2023:
 * 43 % reach a 30 % improvement by visit 3) are in the same range as what this produces.
 */
public final class SyntheticCohort {

    private static final Complaint[] COMPLAINTS = { Complaint.LOW_BACK_PAIN, Complaint.NECK_PAIN,
            Complaint.SHOULDER, Complaint.HEADACHE };
    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    private final Random random;
    private final double responderShare;

    public SyntheticCohort(long seed, double responderShare) {
        this.random = new Random(seed);
        this.responderShare = responderShare;
    }

    /** One episode of the given number of weekly NPRS visits. */
    public EpisodeInput next(int visits) {
        Complaint complaint = COMPLAINTS[random.nextInt(COMPLAINTS.length)];
        int baseline = 4 + random.nextInt(6); // 4..9: moderate and severe, as clients who book for pain
        boolean responder = random.nextDouble() < responderShare;
        double share = responder ? 0.4 + 0.5 * random.nextDouble() : 0.25 * random.nextDouble() - 0.05;
        double rate = 0.25 + 0.45 * random.nextDouble();
        List<Score> scores = new ArrayList<>(visits);
        scores.add(Score.of(1, START, Measure.NPRS, baseline));
        for (int k = 2; k <= visits; k++) {
            double expected = baseline - baseline * share * (1 - Math.exp(-rate * (k - 1)));
            int value = (int) Math.round(expected + random.nextGaussian() * 0.8);
            scores.add(Score.of(k, START.plusWeeks(k - 1), Measure.NPRS, Math.max(0, Math.min(10, value))));
        }
        return EpisodeInput.of(complaint, random.nextInt(4) == 0, Measure.NPRS, scores);
    }

    public List<EpisodeInput> episodes(int count, int visits) {
        List<EpisodeInput> episodes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            episodes.add(next(visits));
        }
        return episodes;
    }

    /** The first n scores of an episode: the episode as it stood at its n-th scored visit. */
    public static EpisodeInput firstVisits(EpisodeInput episode, int n) {
        return new EpisodeInput(episode.complaint(), episode.chronic(), episode.primaryMeasure(), episode.redFlags(),
                episode.clearedRedFlags(), episode.scores().subList(0, n));
    }
}
