package org.referout.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form's problems as the page shows them: field → message, in the order found, two messages for one field joined
 * by "; ". The key is the field's id on the page, so the error summary (fragments/errors.html) links to it and the
 * field fragment ({@code errors.get('email')}) prints it beside the input.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static Map<String, String> byField(List<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(problem -> errors.merge(problem.field(), problem.message(), (a, b) -> a + "; " + b));
        return errors;
    }

    public static Map<String, String> byField(BadRequestException e) {
        return byField(e.problems());
    }
}
