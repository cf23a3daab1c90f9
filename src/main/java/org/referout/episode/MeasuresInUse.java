package org.referout.episode;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.referout.clinical.Measure;

/**
 * Which measures the visit form shows open; the rest are folded away, one tap from view, so a visit with the
 * episode's own measures needs no scrolling. A measure is in use when it is the episode's primary measure, when it
 * was scored at an earlier visit or answered at home, or when this form already holds a value for it (it came back
 * with an error). PSFS is in use whenever the episode has activities.
 */
final class MeasuresInUse {

    private MeasuresInUse() {
    }

    static Set<Measure> of(Episode episode, List<Visit> earlier, VisitForm form, Map<String, Integer> homeMarks) {
        Set<Measure> inUse = EnumSet.of(episode.primaryMeasure());
        if (!episode.psfsActivities().isEmpty()) {
            inUse.add(Measure.PSFS);
        }
        earlier.forEach(visit -> visit.scores().forEach(score -> inUse.add(score.measure())));
        if (homeMarks.containsKey("nprs") && homeMarks.get("nprs") != null) {
            inUse.add(Measure.NPRS);
        }
        if (homeMarks.containsKey("peg0")) {
            inUse.add(Measure.PEG);
        }
        if (given(form.nprs())) {
            inUse.add(Measure.NPRS);
        }
        if (given(form.peg0()) || given(form.peg1()) || given(form.peg2())) {
            inUse.add(Measure.PEG);
        }
        if (given(form.groc())) {
            inUse.add(Measure.GROC);
        }
        return inUse;
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
