package org.referout.web;

/** One bad input value: the field (as the client sent it, e.g. {@code scores[0].value}) and why. */
public record FieldProblem(String field, String message) {
}
