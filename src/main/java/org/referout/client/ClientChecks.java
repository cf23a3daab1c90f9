package org.referout.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.referout.web.FieldProblem;
import org.referout.web.TextRules;

/**
 * The one place that decides whether client details can be stored (Q: bad input names the field).
 * Pages, the API and later intake all go through {@link Clients}, which calls this.
 */
final class ClientChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()./ -]{5,40}");
    private static final Pattern ZIP = Pattern.compile("[A-Za-z0-9 -]{3,10}");

    private ClientChecks() {
    }

    static List<FieldProblem> problems(ClientDetails details, LocalDate today) {
        var problems = new ArrayList<FieldProblem>();
        required(problems, "firstName", details.firstName(), 100);
        required(problems, "lastName", details.lastName(), 100);
        if (details.dateOfBirth() != null
                && (details.dateOfBirth().isAfter(today) || details.dateOfBirth().isBefore(today.minusYears(130)))) {
            problems.add(new FieldProblem("dateOfBirth", details.dateOfBirth() + " is not a possible date of birth"));
        }
        optional(problems, "email", details.email(), 320, EMAIL, "is not an e-mail address");
        optional(problems, "phone", details.phone(), 40, PHONE, "is not a phone number (digits, spaces, + ( ) - .)");
        optional(problems, "addressLine1", details.addressLine1(), 200, null, null);
        optional(problems, "addressLine2", details.addressLine2(), 200, null, null);
        optional(problems, "city", details.city(), 100, null, null);
        optional(problems, "state", details.state(), 50, null, null);
        optional(problems, "zip", details.zip(), 10, ZIP, "is not a ZIP or postal code");
        optional(problems, "preferredLanguage", details.preferredLanguage(), 50, null, null);
        optional(problems, "namePrefix", details.namePrefix(), 50, null, null);
        optional(problems, "otherGivenNames", details.otherGivenNames(), 200, null, null);
        optional(problems, "country", details.country(), 60, null, null);
        if (details.gender() != null && !ClientDetails.GENDERS.contains(details.gender())) {
            problems.add(new FieldProblem("gender", "is female, male, other or unknown"));
        }
        return problems;
    }

    private static void required(List<FieldProblem> problems, String field, String value, int max) {
        if (TextRules.blankLooking(value)) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (TextRules.oneLineProblem(value) != null) {
            problems.add(new FieldProblem(field, TextRules.oneLineProblem(value)));
        } else {
            optional(problems, field, value, max, null, null);
        }
    }

    private static void optional(List<FieldProblem> problems, String field, String value, int max, Pattern pattern,
            String patternMessage) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            problems.add(new FieldProblem(field, "is longer than " + max + " characters"));
        } else if (pattern != null && !pattern.matcher(value).matches()) {
            problems.add(new FieldProblem(field, patternMessage));
        }
    }
}
