package org.referout.web;

import java.util.List;

/**
 * Input that cannot be stored, with every problem named by field. Becomes a 400 with
 * {@code {"errors":[{"field":…,"message":…}]}} on the API; pages show the messages next to the fields.
 */
public class BadRequestException extends RuntimeException {

    private final List<FieldProblem> problems;

    public BadRequestException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "Bad request" : problems.get(0).field() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public BadRequestException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
