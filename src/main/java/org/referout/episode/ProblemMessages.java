package org.referout.episode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.referout.web.FieldProblem;

/** Pages show problems in plain words: "scores[1].items[0]" becomes "Activities (PSFS), item 1". */
final class ProblemMessages {

    private static final Map<String, String> LABELS = Map.of("date", "Date", "durationMinutes", "Minutes",
            "notes.subjective", "Subjective note", "notes.objective", "Objective note",
            "notes.assessment", "Assessment note", "notes.plan", "Plan note", "notes.homework", "Homework",
            "episode", "Episode");

    private static final Pattern SCORE = Pattern.compile("scores\\[(\\d+)](?:\\.items\\[(\\d+)])?.*");

    private ProblemMessages() {
    }

    static Map<String, String> byField(List<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            errors.merge(problem.field(), problem.message(), (a, b) -> a + "; " + b);
        }
        return errors;
    }

    static List<String> plain(List<FieldProblem> problems, List<ScoreInput> scores) {
        return problems.stream().map(problem -> label(problem.field(), scores) + ": " + problem.message()).toList();
    }

    private static String label(String field, List<ScoreInput> scores) {
        Matcher m = SCORE.matcher(field);
        if (!m.matches()) {
            return field.startsWith("techniques[") ? "Techniques" : LABELS.getOrDefault(field, field);
        }
        int index = Integer.parseInt(m.group(1));
        String measure = index < scores.size() && scores.get(index) != null ? scores.get(index).measure() : "Score";
        try {
            measure = Measure.valueOf(measure).label();
        } catch (IllegalArgumentException | NullPointerException unknown) {
            // keep the code as sent
        }
        return m.group(2) == null ? measure : measure + ", item " + (Integer.parseInt(m.group(2)) + 1);
    }
}
