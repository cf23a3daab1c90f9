package org.referout.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.referout.web.FieldProblem;

/**
 * A step on the referral page that could not be done (consent, adding a recipient, closing, cancelling) comes back
 * on the same page: each problem keyed by the id of the control it belongs to, so the error summary links to it.
 * The consent form repeats per recipient, so its controls carry the recipient's id. A problem of the whole step
 * ("the referral is closed") has no control and keeps its own key.
 */
final class ReferralStepErrors {

    private ReferralStepErrors() {
    }

    static Map<String, String> byControl(List<FieldProblem> problems, String recipient) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            errors.merge(control(problem.field(), recipient), problem.message(), (a, b) -> a + "; " + b);
        }
        return errors;
    }

    private static String control(String field, String recipient) {
        return switch (field) {
            case "givenBy" -> "given-by-" + recipient;
            case "method" -> "method-" + recipient;
            case "shares" -> "summary-" + recipient;
            case "note" -> "close-note";
            case "why" -> "cancel-why";
            case "recipient" -> recipient == null ? "add-recipient" : "given-by-" + recipient;
            default -> field;
        };
    }
}
