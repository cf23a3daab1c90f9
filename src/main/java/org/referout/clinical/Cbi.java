package org.referout.clinical;

import java.util.OptionalDouble;

/** Scores the Copenhagen Burnout Inventory exactly as R9 says. Stateless and pure. */
public final class Cbi {

    private Cbi() {
    }

    public static CbiScores score(CbiAnswers answers) {
        return new CbiScores(scale(answers, CbiScale.PERSONAL), scale(answers, CbiScale.WORK),
                scale(answers, CbiScale.CLIENT));
    }

    // R9: scale score = mean of the answered items (reversed items turned round), 0–100;
    // fewer answered items than the scale's minimum gives no score.
    public static OptionalDouble scale(CbiAnswers answers, CbiScale scale) {
        int answered = 0;
        int sum = 0;
        for (CbiItem item : CbiItem.of(scale)) {
            var chosen = answers.answerTo(item);
            if (chosen.isPresent()) {
                answered++;
                sum += item.scored(chosen.getAsInt());
            }
        }
        if (answered < scale.minimumAnswered()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) sum / answered);
    }
}
