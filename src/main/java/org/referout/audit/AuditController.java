package org.referout.audit;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.referout.practice.CurrentPractice;
import org.referout.practice.Practices;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.referout.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The owner views and exports the audit log (C1). Nobody else sees it. The page shows 50 entries at a time with
 * filters (client, user, action, dates); the CSV export streams every matching entry, so neither grows with the log.
 */
@Controller
class AuditController {

    static final int PAGE = 50;

    private final AuditLog log;
    private final Practices practices;

    AuditController(AuditLog log, Practices practices) {
        this.log = log;
        this.practices = practices;
    }

    @GetMapping("/audit")
    String view(CurrentPractice practice, @RequestParam(required = false) String client,
            @RequestParam(required = false) String user, @RequestParam(required = false) String action,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String page, Model model) {
        requireOwner(practice);
        AuditLog.Filter filter = filter(client, user, action, from, to);
        List<FieldProblem> problems = new ArrayList<>();
        int number = (int) number(problems, "page", page, 0, 100_000);
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        model.addAttribute("page", log.page(practice.id(), filter, number, PAGE));
        model.addAttribute("filter", filter);
        model.addAttribute("users", practices.users(practice.id()));
        model.addAttribute("actions", log.actions(practice.id()));
        return "audit/log";
    }

    @GetMapping("/audit/export.csv")
    ResponseEntity<StreamingResponseBody> export(CurrentPractice practice,
            @RequestParam(required = false) String client, @RequestParam(required = false) String user,
            @RequestParam(required = false) String action, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        requireOwner(practice);
        AuditLog.Filter filter = filter(client, user, action, from, to);
        StreamingResponseBody body = out -> {
            var csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            csv.write("at,actor,action,subject_type,subject_id,client_id,detail,remote_address\n");
            log.forEach(practice.id(), filter, e -> {
                try {
                    csv.write(row(e));
                }
                catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
            csv.flush();
        };
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-log.csv\"")
            .body(body);
    }

    static String row(AuditEntry e) {
        return e.at() + "," + cell(e.actor()) + "," + e.action() + "," + e.subjectType() + "," + cell(e.subjectId())
                + "," + (e.clientId() == null ? "" : e.clientId()) + "," + cell(e.detail()) + ","
                + cell(e.remoteAddress()) + "\n";
    }

    /** Bad query parameters are a 400 that names the parameter (Q), never a 404 or an empty page. */
    private static AuditLog.Filter filter(String client, String user, String action, String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        Long clientId = blank(client) ? null : number(problems, "client", client, 1, Long.MAX_VALUE);
        Long userId = blank(user) ? null : number(problems, "user", user, 1, Long.MAX_VALUE);
        String actionName = blank(action) ? null : action.strip();
        if (actionName != null && !actionName.matches("[A-Z_]{1,60}")) {
            problems.add(new FieldProblem("action", "choose an action from the list"));
        }
        LocalDate fromDate = date(problems, "from", from);
        LocalDate toDate = date(problems, "to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            problems.add(new FieldProblem("to", "is before the start date"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        return new AuditLog.Filter(clientId, userId, actionName, fromDate, toDate);
    }

    private static long number(List<FieldProblem> problems, String field, String text, long min, long max) {
        if (blank(text)) {
            return min;
        }
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

    private static void requireOwner(CurrentPractice practice) {
        if (!practice.isOwner()) {
            throw new NotFoundException();
        }
    }

    /** RFC 4180 quoting, and a leading quote against spreadsheet formula injection. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
