package org.referout.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.referout.web.BadRequestException;
import org.referout.web.RateLimiter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The recipient's pages behind {@code /r/{token}} (anonymous, C6): the code opens the referral for this browser
 * session, then accept, decline, schedule, seen, report. Token look-ups are limited per address (guessing) and
 * codes per link (so eight digits cannot be walked). Every unusable link gets a plain page and changes nothing.
 */
@Controller
class RecipientController {

    static final String VERIFIED = "referout.verified-referral-links";

    private final RecipientDesk desk;
    private final RateLimiter lookups;
    private final RateLimiter codes;
    private final RateLimiter codesPerLink;
    private final RateLimiter wrongToday;

    RecipientController(RecipientDesk desk, Clock clock) {
        this.desk = desk;
        this.lookups = new RateLimiter(30, Duration.ofMinutes(10), clock);
        // Wrong codes count per link and address: a guesser elsewhere never blocks the recipient's right code.
        // A link that has had 100 wrong codes in a day is being guessed from many addresses: from then on only an
        // address with no wrong code on it today may try, once, so the recipient's try still works while a guesser
        // needs a new address for every try (with a thousand a day, about 270 years for the 10^8 codes).
        this.codes = new RateLimiter(5, Duration.ofMinutes(15), clock);
        this.codesPerLink = new RateLimiter(100, Duration.ofDays(1), clock);
        this.wrongToday = new RateLimiter(Integer.MAX_VALUE, Duration.ofDays(1), clock);
    }

    @GetMapping("/r/{token:[A-Za-z0-9_-]+}")
    String show(@PathVariable String token, HttpServletRequest request, HttpSession session, Model model,
            HttpServletResponse response) {
        if (!lookups.tryAcquire(request.getRemoteAddr())) {
            return tooMany(response);
        }
        var opened = desk.open(token);
        if (!opened.ok()) {
            return problem(opened.problem(), response, model);
        }
        model.addAttribute("token", token);
        model.addAttribute("practiceName", opened.access().practiceName());
        if (!verified(session, opened.access())) {
            return "referral/recipient-code";
        }
        return referralPage(opened.access(), model);
    }

    /** The referral as this recipient may see it: the client's consent decides each section, the chart included. */
    private static String referralPage(RecipientDesk.Access access, Model model) {
        EpisodeSummary summary = access.referral().summary();
        DataShared shares = access.consent().shares();
        model.addAttribute("access", access);
        model.addAttribute("summary", summary);
        model.addAttribute("shares", shares);
        model.addAttribute("chartSvg", shares.scores() && summary != null && !summary.scores().isEmpty()
                ? ReferralDocuments.chartSvg(summary) : null);
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "referral/recipient";
    }

    /**
     * A refused answer: the same page again with each message next to its field, a summary at the top, and what was
     * typed kept. The desk stored nothing.
     */
    private String again(String token, BadRequestException e, Map<String, String> typed, Model model,
            HttpServletResponse response) {
        var opened = desk.open(token);
        if (!opened.ok()) {
            return problem(opened.problem(), response, model);
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("token", token);
        model.addAttribute("practiceName", opened.access().practiceName());
        Map<String, String> errors = PageForms.errors(e);
        model.addAttribute("errors", errors);
        model.addAttribute("errorLinks", errors.entrySet().stream()
            .map(error -> ErrorLink.of(error.getKey(), error.getValue()))
            .toList());
        model.addAttribute("typed", typed);
        return referralPage(opened.access(), model);
    }

    @PostMapping("/r/{token:[A-Za-z0-9_-]+}/code")
    String code(@PathVariable String token, @RequestParam(required = false) String code, HttpServletRequest request,
            HttpSession session, Model model, HttpServletResponse response) {
        String guesser = token + "|" + request.getRemoteAddr();
        boolean beingGuessed = codesPerLink.isBlocked(token);
        if (!lookups.tryAcquire(request.getRemoteAddr()) || codes.isBlocked(guesser)
                || (beingGuessed && wrongToday.count(guesser) > 0)) {
            return tooMany(response);
        }
        var opened = desk.open(token);
        if (!opened.ok()) {
            return problem(opened.problem(), response, model);
        }
        if (!desk.verify(token, code)) {
            codes.tryAcquire(guesser);
            codesPerLink.tryAcquire(token);
            wrongToday.tryAcquire(guesser);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("token", token);
            model.addAttribute("practiceName", opened.access().practiceName());
            model.addAttribute("errors", Map.of("code", "That code is not right. Check the e-mail with the code or ask "
                    + opened.access().practiceName() + "."));
            return "referral/recipient-code";
        }
        codes.reset(guesser);
        // a new session id once the code is right: an id fixed before the code proves nothing after it
        request.changeSessionId();
        remember(request.getSession(), opened.access());
        return "redirect:/r/" + token;
    }

    @PostMapping("/r/{token:[A-Za-z0-9_-]+}/accept")
    String accept(@PathVariable String token, HttpSession session) {
        requireVerified(token, session);
        desk.accept(token);
        return "redirect:/r/" + token;
    }

    @PostMapping("/r/{token:[A-Za-z0-9_-]+}/decline")
    String decline(@PathVariable String token, @RequestParam(required = false) String reason, HttpSession session,
            Model model, HttpServletResponse response) {
        requireVerified(token, session);
        try {
            desk.decline(token, reason);
            return "redirect:/r/" + token + "/done";
        }
        catch (BadRequestException e) {
            return again(token, e, typed("reason", reason), model, response);
        }
    }

    @PostMapping("/r/{token:[A-Za-z0-9_-]+}/schedule")
    String schedule(@PathVariable String token, @RequestParam(required = false) String date, HttpSession session,
            Model model, HttpServletResponse response) {
        requireVerified(token, session);
        try {
            desk.schedule(token, appointmentDate(date));
            return "redirect:/r/" + token;
        }
        catch (BadRequestException e) {
            return again(token, e, typed("date", date), model, response);
        }
    }

    private static LocalDate appointmentDate(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        }
        catch (DateTimeParseException e) {
            throw new BadRequestException("date", "enter a date such as 2 December 2026");
        }
    }

    @PostMapping("/r/{token:[A-Za-z0-9_-]+}/seen")
    String seen(@PathVariable String token, HttpSession session) {
        requireVerified(token, session);
        desk.seen(token);
        return "redirect:/r/" + token;
    }

    @PostMapping("/r/{token:[A-Za-z0-9_-]+}/report")
    String report(@PathVariable String token, @RequestParam(required = false) String report,
            @RequestParam(required = false) String pain, HttpSession session, Model model,
            HttpServletResponse response) {
        requireVerified(token, session);
        try {
            desk.report(token, report, pain);
            return "redirect:/r/" + token;
        }
        catch (BadRequestException e) {
            return again(token, e, typed("report", report, "pain", pain), model, response);
        }
    }

    /** One line of the error summary: the question in the page's own words, linking to its input. */
    record ErrorLink(String anchor, String text) {

        static ErrorLink of(String field, String message) {
            return switch (field) {
                case "report" -> new ErrorLink("report", "Report back: " + message);
                case "pain" -> new ErrorLink("pain", "Pain score today: " + message);
                case "reason" -> new ErrorLink("decline-reason", "Reason for declining: " + message);
                case "date" -> new ErrorLink("date", "Appointment date: " + message);
                default -> new ErrorLink("answer-heading", "This step: " + message);
            };
        }
    }

    /** What the recipient typed, to put back in the form; a missing value is an empty field. */
    private static Map<String, String> typed(String... namesAndValues) {
        Map<String, String> typed = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            typed.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return typed;
    }

    @GetMapping("/r/{token:[A-Za-z0-9_-]+}/done")
    String done() {
        return "referral/recipient-done";
    }

    @ExceptionHandler(RecipientDesk.LinkUnusableException.class)
    String unusable(RecipientDesk.LinkUnusableException e, HttpServletResponse response, Model model) {
        return problem(e.problem(), response, model);
    }

    @ExceptionHandler(BadRequestException.class)
    String badRequest(BadRequestException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problems", e.problems());
        return "referral/recipient-refused";
    }

    private void requireVerified(String token, HttpSession session) {
        var opened = desk.open(token);
        if (!opened.ok()) {
            throw new RecipientDesk.LinkUnusableException(opened.problem());
        }
        if (!verified(session, opened.access())) {
            throw new BadRequestException("code", "enter the verification code first");
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean verified(HttpSession session, RecipientDesk.Access access) {
        Object links = session.getAttribute(VERIFIED);
        return links instanceof Set<?> set && ((Set<Long>) set).contains(access.link().id());
    }

    @SuppressWarnings("unchecked")
    private static void remember(HttpSession session, RecipientDesk.Access access) {
        Object links = session.getAttribute(VERIFIED);
        Set<Long> set = links instanceof Set<?> existing ? new HashSet<>((Set<Long>) existing) : new HashSet<>();
        set.add(access.link().id());
        session.setAttribute(VERIFIED, set);
    }

    private static String problem(RecipientDesk.Problem problem, HttpServletResponse response, Model model) {
        response.setStatus(problem == RecipientDesk.Problem.UNKNOWN ? HttpStatus.NOT_FOUND.value()
                : HttpStatus.GONE.value());
        model.addAttribute("problem", problem.name());
        return "referral/recipient-unusable";
    }

    private static String tooMany(HttpServletResponse response) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", "900");
        return "referral/recipient-too-many";
    }
}
