package org.referout.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
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
        model.addAttribute("access", opened.access());
        model.addAttribute("summary", opened.access().referral().summary());
        model.addAttribute("shares", opened.access().consent().shares());
        return "referral/recipient";
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
            model.addAttribute("errors", java.util.Map.of("code", "That code is not right. Check the letter or ask "
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
    String decline(@PathVariable String token, @RequestParam(required = false) String reason, HttpSession session) {
        requireVerified(token, session);
        desk.decline(token, reason);
        return "redirect:/r/" + token + "/done";
    }

    @PostMapping("/r/{token:[A-Za-z0-9_-]+}/schedule")
    String schedule(@PathVariable String token, @RequestParam(required = false) LocalDate date, HttpSession session) {
        requireVerified(token, session);
        desk.schedule(token, date);
        return "redirect:/r/" + token;
    }

    @PostMapping("/r/{token:[A-Za-z0-9_-]+}/seen")
    String seen(@PathVariable String token, HttpSession session) {
        requireVerified(token, session);
        desk.seen(token);
        return "redirect:/r/" + token;
    }

    @PostMapping("/r/{token:[A-Za-z0-9_-]+}/report")
    String report(@PathVariable String token, @RequestParam(required = false) String report,
            @RequestParam(required = false) Integer pain, HttpSession session) {
        requireVerified(token, session);
        desk.report(token, report, pain);
        return "redirect:/r/" + token;
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
