package org.referout.clinical;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Expected recovery (R4.3, after Finch, Lambert &amp; Schaalje 2001 and Brennan 2023): from reference
 * episodes, the lower tolerance bound and the expected band at each visit number k for each primary
 * measure, baseline band and complaint, with the fallback COMPLAINT_AND_BAND → BAND → DEFAULT resolved
 * once when built, so a lookup is an array index. Immutable and thread-safe.
 */
public final class ExpectedCurves {

    private static final int MEASURES = 3; // NPRS, PSFS, PEG: the measures that can be primary
    private static final int BANDS = BaselineBand.values().length;
    private static final int COMPLAINTS = Complaint.values().length;
    private static final ExpectedCurves NONE = new ExpectedCurves(new ToleranceBound[MEASURES][BANDS][COMPLAINTS][0], 0);

    /** [measure][band][complaint][k]; k beyond the array means DEFAULT. */
    private final ToleranceBound[][][][] bounds;
    private final int referenceEpisodes;

    private ExpectedCurves(ToleranceBound[][][][] bounds, int referenceEpisodes) {
        this.bounds = bounds;
        this.referenceEpisodes = referenceEpisodes;
    }

    /** No reference data: every bound is the R4.3 default. */
    public static ExpectedCurves none() {
        return NONE;
    }

    /**
     * Builds the curves from closed reference episodes (any primary measure; each one only counts for its
     * own). Episodes that cannot be evaluated (R7.4) or have a single score are skipped: they have no
     * outcome. A reference episode is a responder when its last score is an important improvement over
     * its baseline (R2); it contributes Δₖ for each k from 2 up to, not including, its last score.
     */
    public static ExpectedCurves from(Collection<EpisodeInput> reference) {
        Map<Long, ReferenceGroup> groups = new HashMap<>();
        int maxVisit = 0;
        int used = 0;
        for (EpisodeInput episode : reference) {
            if (EpisodeValidator.firstProblem(episode) != null) {
                continue;
            }
            PrimarySeries series = PrimarySeries.of(episode);
            if (series.n < 2) {
                continue;
            }
            used++;
            boolean responder = series.isImportantImprovement(series.n);
            int measure = series.measure.ordinal();
            int band = series.band().ordinal();
            int complaint = episode.complaint().ordinal();
            for (int k = 2; k < series.n; k++) {
                double improvement = series.improvement(k);
                groups.computeIfAbsent(key(measure, band, complaint, k), x -> new ReferenceGroup()).add(improvement, responder);
                groups.computeIfAbsent(key(measure, band, COMPLAINTS, k), x -> new ReferenceGroup()).add(improvement, responder);
                maxVisit = Math.max(maxVisit, k);
            }
        }
        return new ExpectedCurves(resolve(groups, maxVisit), used);
    }

    // R4.3: same complaint and band if large enough, else same band, else the default
    private static ToleranceBound[][][][] resolve(Map<Long, ReferenceGroup> groups, int maxVisit) {
        ToleranceBound[][][][] bounds = new ToleranceBound[MEASURES][BANDS][COMPLAINTS][maxVisit + 1];
        for (int measure = 0; measure < MEASURES; measure++) {
            for (int band = 0; band < BANDS; band++) {
                for (int k = 1; k <= maxVisit; k++) {
                    ReferenceGroup bandGroup = groups.get(key(measure, band, COMPLAINTS, k));
                    ToleranceBound bandBound = bandGroup != null && bandGroup.isLargeEnough()
                            ? bandGroup.toBound(BoundSource.BAND) : ToleranceBound.defaultAt(k);
                    for (int complaint = 0; complaint < COMPLAINTS; complaint++) {
                        ReferenceGroup own = groups.get(key(measure, band, complaint, k));
                        bounds[measure][band][complaint][k] = own != null && own.isLargeEnough()
                                ? own.toBound(BoundSource.COMPLAINT_AND_BAND) : bandBound;
                    }
                }
            }
        }
        return bounds;
    }

    private static long key(int measure, int band, int complaint, int k) {
        return (((long) k * 8 + measure) * 8 + band) * 16 + complaint;
    }

    /**
     * The lower tolerance bound and expected band at visit number k (k = 1 is the baseline) for an
     * episode of this primary measure, complaint and baseline band.
     */
    public ToleranceBound boundAt(Measure primaryMeasure, Complaint complaint, BaselineBand band, int visit) {
        if (!primaryMeasure.canBePrimary()) {
            throw new IllegalArgumentException("GROC is never a primary measure (R2)");
        }
        ToleranceBound[] byVisit = bounds[primaryMeasure.ordinal()][band.ordinal()][complaint.ordinal()];
        return visit < byVisit.length && visit >= 2 ? byVisit[visit] : ToleranceBound.defaultAt(visit);
    }

    /** How many reference episodes were used (valid, with at least two scores). */
    public int referenceEpisodes() {
        return referenceEpisodes;
    }
}
