package org.referout.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.referout.web.FieldProblem;

/**
 * The audit page's filters and page number exactly as typed in the address, so a bad value can be shown back with
 * its message. {@link #filter} and {@link #pageNumber} read them and add a problem, named after the field, for each
 * value that is not usable.
 */
record AuditFilterForm(String client, String user, String action, String from, String to, String page) {

    static final int MAX_PAGE = 100_000;

    AuditLog.Filter filter(List<FieldProblem> problems) {
        Long clientId = blank(client) ? null : number(problems, "client", client, 1, Long.MAX_VALUE);
        Long userId = blank(user) ? null : number(problems, "user", user, 1, Long.MAX_VALUE);
        String actionName = blank(action) ? null : action.strip();
        if (actionName != null && !actionName.matches("[A-Z_]{1,60}")) {
            problems.add(new FieldProblem("action", "choose an action from the list"));
            actionName = null;
        }
        LocalDate fromDate = date(problems, "from", from);
        LocalDate toDate = date(problems, "to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            problems.add(new FieldProblem("to", "is before the start date"));
        }
        return new AuditLog.Filter(clientId, userId, actionName, fromDate, toDate);
    }

    int pageNumber(List<FieldProblem> problems) {
        return blank(page) ? 0 : (int) number(problems, "page", page, 0, MAX_PAGE);
    }

    private static long number(List<FieldProblem> problems, String field, String text, long min, long max) {
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "must be a whole number from " + min + " to " + max));
        return min;
    }

    private static LocalDate date(List<FieldProblem> problems, String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        }
        catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be a date such as 2026-12-02"));
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
