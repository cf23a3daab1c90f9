package org.referout.insights;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.referout.clinical.CbiAnswerType;
import org.referout.clinical.CbiAnswers;
import org.referout.clinical.CbiItem;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;

/**
 * The burnout self-check as submitted, from the page ({@code answer[PERSONAL_1]=75}) or the API
 * ({@code {"answers":{"PERSONAL_1":75}}}). Any item may be left out; R9 decides what can still be scored.
 */
record BurnoutForm(Map<String, Integer> answers) {

    CbiAnswers toAnswers() {
        Map<CbiItem, Integer> chosen = new EnumMap<>(CbiItem.class);
        List<FieldProblem> problems = new java.util.ArrayList<>();
        (answers == null ? Map.<String, Integer>of() : answers).forEach((key, points) -> {
            CbiItem item = item(key);
            if (item == null) {
                problems.add(new FieldProblem("answers." + key, "is not a question of the self-check"));
            }
            else if (points != null && !CbiAnswerType.isValidPoints(points)) {
                problems.add(new FieldProblem("answers." + key, "must be 0, 25, 50, 75 or 100"));
            }
            else if (points != null) {
                chosen.put(item, points);
            }
        });
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        return new CbiAnswers(chosen);
    }

    /** The page posts {@code answer[PERSONAL_1]=75}; radio groups left blank are simply not sent. */
    static BurnoutForm fromPage(Map<String, String> params) {
        Map<String, Integer> answers = new java.util.LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("answer[") && name.endsWith("]") && value != null && !value.isBlank()) {
                try {
                    answers.put(name.substring(7, name.length() - 1), Integer.valueOf(value.trim()));
                }
                catch (NumberFormatException e) {
                    throw new BadRequestException(name, "must be 0, 25, 50, 75 or 100");
                }
            }
        });
        return new BurnoutForm(answers);
    }

    private static CbiItem item(String key) {
        try {
            return CbiItem.valueOf(key);
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }
}
