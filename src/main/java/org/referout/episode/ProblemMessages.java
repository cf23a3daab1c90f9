package org.referout.episode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.referout.web.FieldProblem;

/** Pages show problems in plain words, next to the control they belong to: "scores[1].items[0]" is PSFS activity 1. */
final class ProblemMessages {

    private static final Map<String, String> LABELS = Map.of("date", "Date", "durationMinutes", "Minutes",
            "notes.subjective", "Subjective note", "notes.objective", "Objective note",
            "notes.assessment", "Assessment note", "notes.plan", "Plan note", "notes.homework", "Homework",
            "episode", "Episode", "overrideReason", "Why you treat despite the red flag");

    /** The radio group each measure's score is entered in; PSFS and PEG have one per item (psfs0, peg2). */
    private static final Map<String, String> CONTROLS = Map.of("NPRS", "nprs", "PSFS", "psfs", "PEG", "peg", "GROC",
            "groc");

    private static final Pattern SCORE = Pattern.compile("scores\\[(\\d+)](?:\\.items\\[(\\d+)])?.*");

    private ProblemMessages() {
    }

    /**
     * The visit form's error summary: the id of the control each problem belongs to, and its message. The page puts
     * the control's own question in front ("Walking: 11 is outside 0..10 for PSFS"); a problem with no control of
     * its own ("episode") carries its label.
     */
    static Map<String, String> byControl(List<FieldProblem> problems, List<ScoreInput> scores) {
        Map<String, String> summary = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            String control = control(problem.field(), scores);
            String message = control == null ? label(problem.field()) + (problem.message().startsWith("is ") ? " " : ": ")
                    + problem.message() : problem.message();
            summary.merge(control == null ? problem.field() : control, message, (a, b) -> a + "; " + b);
        }
        return summary;
    }

    private static String control(String field, List<ScoreInput> scores) {
        Matcher m = SCORE.matcher(field);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            String measure = index < scores.size() && scores.get(index) != null ? scores.get(index).measure() : null;
            int item = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return CONTROLS.containsKey(measure) ? CONTROLS.get(measure) + (measure.equals("PSFS") || measure.equals("PEG")
                    ? String.valueOf(item) : "") : null;
        }
        if (field.startsWith("techniques")) {
            return "techniques";
        }
        if (field.startsWith("notes.")) {
            return field.substring("notes.".length());
        }
        return LABELS.containsKey(field) && !field.equals("episode") ? field : null;
    }

    private static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }
}
