package org.referout.audit;

import java.nio.charset.StandardCharsets;

import org.referout.practice.CurrentPractice;
import org.referout.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The owner views and exports the audit log (C1). Nobody else sees it. */
@Controller
class AuditController {

    private static final int PAGE = 500;
    private static final int EXPORT_LIMIT = 1_000_000;

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/audit")
    String view(CurrentPractice practice, @RequestParam(required = false) Long client, Model model) {
        requireOwner(practice);
        model.addAttribute("entries", log.list(practice.id(), client, PAGE));
        model.addAttribute("client", client);
        return "audit/log";
    }

    @GetMapping("/audit/export.csv")
    ResponseEntity<byte[]> export(CurrentPractice practice) {
        requireOwner(practice);
        StringBuilder csv = new StringBuilder("at,actor,action,subject_type,subject_id,client_id,detail,remote_address\n");
        for (AuditEntry e : log.list(practice.id(), null, EXPORT_LIMIT)) {
            csv.append(e.at()).append(',').append(cell(e.actor())).append(',').append(e.action()).append(',')
                .append(e.subjectType()).append(',').append(cell(e.subjectId())).append(',')
                .append(e.clientId() == null ? "" : e.clientId()).append(',').append(cell(e.detail())).append(',')
                .append(cell(e.remoteAddress())).append('\n');
        }
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-log.csv\"")
            .body(csv.toString().getBytes(StandardCharsets.UTF_8));
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
