package org.referout.audit;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.referout.practice.CurrentPractice;
import org.referout.practice.Practices;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.referout.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The owner views and exports the audit log (C1). Nobody else sees it. The page shows 50 entries at a time with
 * filters (client, user, action, dates); the CSV export streams every matching entry, so neither grows with the log.
 */
@Controller
class AuditController {

    static final int PAGE = 50;

    private final AuditLog log;
    private final Practices practices;
    private final ObjectProvider<ClientNames> clientNames;

    AuditController(AuditLog log, Practices practices, ObjectProvider<ClientNames> clientNames) {
        this.log = log;
        this.practices = practices;
        this.clientNames = clientNames;
    }

    /** One client in the filter's list. */
    record ClientOption(String value, String name) {
    }

    /** Bad filter values show the page again with a message by each field and what was typed (a 400), no entries. */
    @GetMapping("/audit")
    String view(CurrentPractice practice, AuditFilterForm typed, Model model, HttpServletResponse response) {
        requireOwner(practice);
        List<FieldProblem> problems = new ArrayList<>();
        AuditLog.Filter filter = typed.filter(problems);
        int number = typed.pageNumber(problems);
        model.addAttribute("typed", typed);
        model.addAttribute("users", practices.users(practice.id()));
        model.addAttribute("actions", log.actions(practice.id()));
        model.addAttribute("clients", clientOptions(practice, typed.client()));
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> errors = new LinkedHashMap<>();
            problems.forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + "; " + b));
            model.addAttribute("errors", errors);
            return "audit/log";
        }
        model.addAttribute("filter", filter);
        model.addAttribute("page", log.page(practice.id(), filter, number, PAGE));
        return "audit/log";
    }

    /** The clients in the log by name, and the one asked for even when it has no entries. */
    private List<ClientOption> clientOptions(CurrentPractice practice, String asked) {
        List<Long> ids = log.clients(practice.id());
        ClientNames names = clientNames.getIfAvailable();
        Map<Long, String> named = names == null ? Map.of() : names.names(practice.id(), ids);
        List<ClientOption> options = new ArrayList<>(ids.stream()
            .map(id -> new ClientOption(id.toString(), named.getOrDefault(id, "Client " + id)))
            .sorted(Comparator.comparing(ClientOption::name, String.CASE_INSENSITIVE_ORDER))
            .toList());
        if (asked != null && !asked.isBlank() && options.stream().noneMatch(o -> o.value().equals(asked.strip()))) {
            options.add(0, new ClientOption(asked.strip(), "Client " + asked.strip()));
        }
        return options;
    }

    @GetMapping("/audit/export.csv")
    ResponseEntity<StreamingResponseBody> export(CurrentPractice practice, AuditFilterForm typed) {
        requireOwner(practice);
        List<FieldProblem> problems = new ArrayList<>();
        AuditLog.Filter filter = typed.filter(problems);
        if (!problems.isEmpty()) {
            // Q: a 400 that names the parameter, never a 404 or an empty file
            throw new BadRequestException(problems);
        }
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
