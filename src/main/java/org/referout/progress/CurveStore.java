package org.referout.progress;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.referout.clinical.EpisodeInput;
import org.referout.clinical.ExpectedCurves;
import org.referout.practice.PracticeId;
import org.springframework.stereotype.Component;

/**
 * The expected curves of each practice, in memory. Built on first use after a start and rebuilt whenever an
 * episode of the practice closes or the owner asks; evaluations read the current instance without locking
 * (ExpectedCurves is immutable, and a refit swaps the whole instance).
 */
@Component
class CurveStore {

    private final ReferenceEpisodes episodes;
    private final ReferenceCohort cohort;
    private final Clock clock;
    private final Map<PracticeId, ReferenceCurves> byPractice = new ConcurrentHashMap<>();

    CurveStore(ReferenceEpisodes episodes, ReferenceCohort cohort, Clock clock) {
        this.episodes = episodes;
        this.cohort = cohort;
        this.clock = clock;
    }

    ReferenceCurves current(PracticeId practice) {
        return byPractice.computeIfAbsent(practice, this::build);
    }

    ReferenceCurves refit(PracticeId practice) {
        ReferenceCurves curves = build(practice);
        byPractice.put(practice, curves);
        return curves;
    }

    /**
     * C3: the practice's own closed episodes and, until it has enough of its own, the built-in reference cohort
     * as well. Groups that stay below R4.3's minimums fall back to the default bound inside ExpectedCurves.
     */
    private ReferenceCurves build(PracticeId practice) {
        List<EpisodeInput> own = episodes.closed(practice);
        List<EpisodeInput> reference = new ArrayList<>(own);
        List<EpisodeInput> builtIn = cohort.episodesFor(own.size());
        reference.addAll(builtIn);
        return new ReferenceCurves(ExpectedCurves.from(reference), own.size(), builtIn.size(), clock.instant());
    }
}
