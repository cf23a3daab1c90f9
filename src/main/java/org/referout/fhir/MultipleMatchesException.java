package org.referout.fhir;

/** A conditional create or reference that names more than one record: 412 Precondition Failed (R4 http.html). */
class MultipleMatchesException extends RuntimeException {

    private final String expression;

    MultipleMatchesException(String expression, String message) {
        super(message);
        this.expression = expression;
    }

    String expression() {
        return expression;
    }
}
