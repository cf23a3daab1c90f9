package org.referout.referral;

import java.time.Clock;
import java.time.Duration;

import org.referout.web.RateLimiter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The client's three questions behind {@code /r/c/{token}} (anonymous, one answer per link, rate-limited). */
@Controller
class ClientFollowUpController {

    private final ClientFollowUps followUps;
    private final RateLimiter limiter;

    ClientFollowUpController(ClientFollowUps followUps, Clock clock) {
        this.followUps = followUps;
        this.limiter = new RateLimiter(30, Duration.ofMinutes(10), clock);
    }

    @GetMapping("/r/c/{token:[A-Za-z0-9_-]+}")
    String show(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "referral/recipient-too-many";
        }
        var question = followUps.open(token);
        if (question.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "CLIENT");
            return "referral/recipient-unusable";
        }
        model.addAttribute("token", token);
        model.addAttribute("question", question.get());
        model.addAttribute("helped", ClientFollowUps.Helped.values());
        return "referral/client-follow-up";
    }

    @PostMapping("/r/c/{token:[A-Za-z0-9_-]+}")
    String answer(@PathVariable String token, @RequestParam(defaultValue = "false") boolean booked,
            @RequestParam(defaultValue = "false") boolean seen,
            @RequestParam(required = false) ClientFollowUps.Helped helped,
            @RequestParam(required = false) String comment, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "referral/recipient-too-many";
        }
        if (!followUps.answer(token, booked, seen, helped, comment)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "CLIENT");
            return "referral/recipient-unusable";
        }
        return "referral/client-thanks";
    }
}
