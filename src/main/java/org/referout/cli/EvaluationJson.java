package org.referout.cli;

import org.referout.clinical.Evaluation;
import org.referout.clinical.ProviderType;
import org.referout.clinical.Reason;

/**
 * Writes the R7.2 output object of one episode, and the R7.4 error object, as one line of JSON.
 * Written by hand rather than through an ObjectMapper: the fields are fixed and this is the inner loop
 * of a 200,000-episode run.
 */
final class EvaluationJson {

    private EvaluationJson() {
    }

    /** R7.2, fields in the order of the specification's example. */
    static void write(StringBuilder out, String id, Evaluation e) {
        out.append("{\"id\":").append(id)
                .append(",\"status\":\"").append(e.status().name())
                .append("\",\"recommendation\":\"").append(e.recommendation().name())
                .append("\",\"primaryMeasure\":\"").append(e.primaryMeasure().name())
                .append("\",\"baseline\":");
        number(out, e.baseline());
        out.append(",\"latest\":");
        number(out, e.latest());
        out.append(",\"improvement\":");
        number(out, e.improvement());
        out.append(",\"improvementPercent\":");
        if (e.improvementPercent() == null) {
            out.append("null");
        } else {
            number(out, e.improvementPercent());
        }
        out.append(",\"importantImprovement\":").append(e.importantImprovement()).append(",\"rci\":");
        number(out, Math.signum(e.rci()) * Math.floor(Math.abs(e.rci()) * 100 + 0.5) / 100);
        out.append(",\"reliableChange\":").append(e.reliableChange()).append(",\"lowerBound\":");
        if (e.lowerBound() == null) {
            out.append("null");
        } else {
            number(out, e.lowerBound());
        }
        out.append(",\"boundSource\":\"").append(e.boundSource().name()).append("\",\"redFlagLevel\":");
        out.append(e.redFlagLevel() == null ? "null" : "\"" + e.redFlagLevel().name() + "\"");
        out.append(",\"reasons\":[");
        for (int i = 0; i < e.reasons().size(); i++) {
            Reason reason = e.reasons().get(i);
            out.append(i == 0 ? "{\"code\":\"" : ",{\"code\":\"").append(reason.code().name()).append("\",\"text\":");
            string(out, reason.text());
            out.append('}');
        }
        out.append("],\"providerTypes\":[");
        for (int i = 0; i < e.providerTypes().size(); i++) {
            ProviderType type = e.providerTypes().get(i);
            out.append(i == 0 ? "\"" : ",\"").append(type.nuccCode()).append('"');
        }
        out.append("]}");
    }

    /** R7.4: {"id": …, "error": "scores[2].value: 11 is outside 0..10 for NPRS"}. */
    static void error(StringBuilder out, String id, String message) {
        out.append("{\"id\":").append(id).append(",\"error\":");
        string(out, message);
        out.append('}');
    }

    /** Whole numbers without ".0" (7, not 7.0); the rest as Java's shortest round-trip decimal. */
    static void number(StringBuilder out, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.append((long) value);
        } else {
            out.append(value);
        }
    }

    static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
