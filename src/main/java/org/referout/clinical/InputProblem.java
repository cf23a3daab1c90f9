package org.referout.clinical;

/**
 * Why an episode cannot be evaluated (R7.4): the field, in the JSON path form of the input
 * ("scores[2].value"), and a message naming the value ("11 is outside 0..10 for NPRS").
 */
public record InputProblem(String field, String message) {

    /** "scores[2].value: 11 is outside 0..10 for NPRS", the form of the R7.4 error line. */
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
