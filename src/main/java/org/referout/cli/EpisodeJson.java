package org.referout.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.referout.clinical.Complaint;
import org.referout.clinical.EpisodeInput;
import org.referout.clinical.InputProblem;
import org.referout.clinical.InvalidEpisodeException;
import org.referout.clinical.Measure;
import org.referout.clinical.RedFlag;
import org.referout.clinical.Score;

import tools.jackson.databind.JsonNode;

/**
 * Reads one episode of R7.1 from its JSON tree. Problems of shape and codes are reported here, by field
 * and value (R7.4); the clinical rules (item counts, increasing visits, …) are checked by the evaluator.
 */
final class EpisodeJson {

    private EpisodeJson() {
    }

    /** The episode's id as given (any JSON value), or null. */
    static JsonNode id(JsonNode episode) {
        return episode != null && episode.isObject() ? episode.get("id") : null;
    }

    static EpisodeInput read(JsonNode episode) {
        if (!episode.isObject()) {
            throw problem("episode", episode + " is not a JSON object");
        }
        Complaint complaint = code(Complaint.class, episode.get("complaint"), "complaint", "complaint");
        Measure primary = code(Measure.class, episode.get("primaryMeasure"), "primaryMeasure", "measure");
        boolean chronic = chronic(episode.get("chronic"));
        EnumSet<RedFlag> flags = flags(episode.get("redFlags"), "redFlags");
        EnumSet<RedFlag> cleared = flags(episode.get("clearedRedFlags"), "clearedRedFlags");
        return new EpisodeInput(complaint, chronic, primary, flags, cleared, scores(episode.get("scores")));
    }

    private static boolean chronic(JsonNode node) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw problem("chronic", node + " is not true or false");
        }
        return node.booleanValue();
    }

    private static EnumSet<RedFlag> flags(JsonNode node, String field) {
        EnumSet<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        if (node == null || node.isNull()) {
            return flags;
        }
        if (!node.isArray()) {
            throw problem(field, node + " is not a list of red-flag codes");
        }
        for (int i = 0; i < node.size(); i++) {
            flags.add(code(RedFlag.class, node.get(i), field + "[" + i + "]", "red flag"));
        }
        return flags;
    }

    private static List<Score> scores(JsonNode node) {
        if (node == null || node.isNull()) {
            throw problem("scores", "missing");
        }
        if (!node.isArray()) {
            throw problem("scores", node + " is not a list of scores");
        }
        List<Score> scores = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            scores.add(score(node.get(i), "scores[" + i + "]"));
        }
        return scores;
    }

    private static Score score(JsonNode node, String field) {
        if (!node.isObject()) {
            throw problem(field, node + " is not a JSON object");
        }
        Measure measure = code(Measure.class, node.get("measure"), field + ".measure", "measure");
        int visit = wholeNumber(node.get("visit"), field + ".visit");
        LocalDate date = date(node.get("date"), field + ".date");
        if (measure.isSingleItem()) {
            return Score.of(visit, date, measure, item(node.get("value"), field + ".value", measure));
        }
        JsonNode items = node.get("items");
        if (items == null || items.isNull()) {
            throw problem(field + ".items", "missing for " + measure);
        }
        if (!items.isArray()) {
            throw problem(field + ".items", items + " is not a list of numbers");
        }
        int[] values = new int[items.size()];
        for (int j = 0; j < values.length; j++) {
            values[j] = item(items.get(j), field + ".items[" + j + "]", measure);
        }
        return Score.ofItems(visit, date, measure, values);
    }

    // R1: every item is a whole number in the measure's range
    private static int item(JsonNode node, String field, Measure measure) {
        if (node == null || node.isNull()) {
            throw problem(field, "missing for " + measure);
        }
        if (!node.isNumber()) {
            throw problem(field, node + " is not a number");
        }
        String rangeProblem = measure.problemWith(node.doubleValue());
        if (rangeProblem != null) {
            throw problem(field, rangeProblem);
        }
        return node.intValue();
    }

    private static int wholeNumber(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            throw problem(field, "missing");
        }
        if (!node.isNumber() || !node.isIntegralNumber() && node.doubleValue() != Math.rint(node.doubleValue())
                || !node.canConvertToInt()) {
            throw problem(field, node + " is not a whole number");
        }
        return node.intValue();
    }

    private static LocalDate date(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            try {
                return LocalDate.parse(node.stringValue());
            } catch (DateTimeParseException e) {
                // fall through to the message below
            }
        }
        return fail(field, node.isString() ? node.stringValue() : node.toString(), "is not a date (YYYY-MM-DD)");
    }

    private static <E extends Enum<E>> E code(Class<E> type, JsonNode node, String field, String what) {
        if (node == null || node.isNull()) {
            throw problem(field, "missing");
        }
        if (node.isString()) {
            String text = node.stringValue();
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                return fail(field, text, "is not a known " + what);
            }
        }
        return fail(field, node.toString(), "is not a known " + what);
    }

    private static <T> T fail(String field, String value, String complaint) {
        throw problem(field, value + " " + complaint);
    }

    static InvalidEpisodeException problem(String field, String message) {
        return new InvalidEpisodeException(new InputProblem(field, message));
    }
}
