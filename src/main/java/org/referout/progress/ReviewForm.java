package org.referout.progress;

import org.referout.web.FieldErrors;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.referout.clinical.RedFlag;
import org.referout.episode.Technique;
import org.referout.progress.OffTrackReview.Alliance;
import org.referout.progress.OffTrackReview.Expectations;
import org.referout.progress.OffTrackReview.Homework;
import org.referout.progress.OffTrackReview.LifeFactor;

/** The off-track review form as posted: codes as text, so that an unknown one reads as "not answered". */
record ReviewForm(String decision, String homework, List<String> techniquesTried, List<String> lifeFactors,
        String lifeNote, String expectations, String alliance, Boolean newSymptoms, List<String> redFlags, String note,
        Integer version) {

    static ReviewForm prefilled(Set<Technique> tried, int version) {
        return new ReviewForm(null, null, tried.stream().map(Enum::name).toList(), List.of(), null, null, null, false,
                List.of(), null, version);
    }

    OffTrackReview toReview() {
        return new OffTrackReview(code(Homework.class, homework), codes(Technique.class, techniquesTried),
                codes(LifeFactor.class, lifeFactors), blankToNull(lifeNote), code(Expectations.class, expectations),
                code(Alliance.class, alliance), Boolean.TRUE.equals(newSymptoms), codes(RedFlag.class, redFlags),
                blankToNull(note));
    }

    Decision toDecision() {
        return code(Decision.class, decision);
    }

    static Map<String, String> errors(List<org.referout.web.FieldProblem> problems) {
        return org.referout.web.FieldErrors.byField(problems);
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        }
        catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> codes(Class<E> type, List<String> values) {
        Set<E> set = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().map(value -> code(type, value)).filter(java.util.Objects::nonNull).forEach(set::add);
        }
        return set;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
