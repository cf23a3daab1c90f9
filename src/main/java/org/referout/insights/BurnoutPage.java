package org.referout.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.referout.clinical.CbiAnswerType;
import org.referout.clinical.CbiAnswers;
import org.referout.clinical.CbiItem;
import org.referout.clinical.CbiScale;
import org.referout.clinical.CbiScores;

/** What the burnout templates show, prepared so the templates need no logic. */
final class BurnoutPage {

    private BurnoutPage() {
    }

    record Option(String id, int points, String label, boolean checked) {
    }

    record Question(String name, int number, String question, List<Option> options) {
    }

    record Part(String title, List<Question> questions) {
    }

    record ScaleScore(String title, String score, boolean atOrAboveLine) {
    }

    record Row(long id, java.time.Instant takenAt, List<ScaleScore> scores) {
    }

    static List<Part> questionnaire(CbiAnswers previous) {
        List<Part> parts = new ArrayList<>();
        for (CbiScale scale : CbiScale.values()) {
            List<Question> questions = new ArrayList<>();
            for (CbiItem item : CbiItem.of(scale)) {
                List<Option> options = new ArrayList<>();
                for (int i = 0; i < CbiAnswerType.POINTS.size(); i++) {
                    int points = CbiAnswerType.POINTS.get(i);
                    options.add(new Option(item.name() + "-" + points, points, item.answerType().labels().get(i),
                            previous.answerTo(item).orElse(-1) == points));
                }
                questions.add(new Question(item.name(), item.number(), item.question(), options));
            }
            parts.add(new Part(scale.title(), questions));
        }
        return parts;
    }

    static List<ScaleScore> scores(CbiScores scores) {
        List<ScaleScore> list = new ArrayList<>();
        for (CbiScale scale : CbiScale.values()) {
            OptionalDouble score = scores.of(scale);
            list.add(new ScaleScore(scale.title(),
                    score.isPresent() ? String.format(java.util.Locale.ROOT, "%.1f", score.getAsDouble())
                            : "no score (too few answers)",
                    score.isPresent() && score.getAsDouble() >= CbiScores.REFERENCE_LINE));
        }
        return list;
    }

    static List<Row> rows(List<BurnoutCheck> history) {
        return history.stream().map(check -> new Row(check.id(), check.takenAt(), scores(check.scores()))).toList();
    }

    /** Any latest scale at or above the 50 line: the pointers are then shown first, gently. */
    static boolean anyAtOrAboveLine(List<BurnoutCheck> history) {
        return !history.isEmpty()
                && scores(history.get(history.size() - 1).scores()).stream().anyMatch(ScaleScore::atOrAboveLine);
    }
}
