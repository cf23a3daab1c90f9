package org.referout.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which item of the main navigation a page belongs to, so the layout can mark it as the current one
 * ({@code aria-current="page"}). An episode, a visit or a questionnaire link is part of a client's record.
 */
@ControllerAdvice(annotations = Controller.class)
class NavigationSection {

    private static final Map<String, String> BY_FIRST_SEGMENT = Map.ofEntries(Map.entry("", "home"),
            Map.entry("alerts", "home"), Map.entry("clients", "clients"), Map.entry("episodes", "clients"),
            Map.entry("visits", "clients"), Map.entry("intake-links", "clients"), Map.entry("directory", "directory"),
            Map.entry("referrals", "referrals"), Map.entry("insights", "insights"), Map.entry("data-rights", "data-rights"),
            Map.entry("audit", "data-rights"));

    @ModelAttribute("section")
    String section(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/practice/tokens")) {
            return "tokens";
        }
        if (path.startsWith("/practice")) {
            return "practice";
        }
        String[] segments = path.split("/", 3);
        return BY_FIRST_SEGMENT.getOrDefault(segments.length > 1 ? segments[1] : "", "");
    }
}
