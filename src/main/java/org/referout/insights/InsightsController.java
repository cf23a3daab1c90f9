package org.referout.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.referout.practice.CurrentPractice;
import org.referout.practice.UserId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /insights}: the caseload dashboard for a period and the practice or one therapist. Therapists land on
 * their own numbers (the timely-referral measure is theirs); owners on the practice. Front desk gets a 404 from
 * {@link Insights}.
 */
@Controller
class InsightsController {

    private final Insights insights;
    private final Clock clock;

    InsightsController(Insights insights, Clock clock) {
        this.insights = insights;
        this.clock = clock;
    }

    @GetMapping("/insights")
    String dashboard(CurrentPractice me,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String therapist, Model model) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusMonths(12) : from;
        Optional<UserId> who = chosen(me, therapist);
        Caseload caseload = insights.caseload(me, start, end, who);
        model.addAttribute("caseload", caseload);
        model.addAttribute("therapists", insights.therapists(me));
        model.addAttribute("chosen", who.map(UserId::value).orElse(0L));
        model.addAttribute("isOwner", me.isOwner());
        model.addAttribute("complaintChart", ShareChart.draw("by-complaint",
                "Share with an important improvement, by complaint",
                caseload.byComplaint().stream().map(g -> new ShareChart.Bar(g.label(), g.improvement())).toList()));
        return "insights/dashboard";
    }

    /** "practice" or empty: everyone; a number: that therapist. A therapist's default is themselves. */
    private static Optional<UserId> chosen(CurrentPractice me, String therapist) {
        if (therapist == null || therapist.isBlank()) {
            return me.isOwner() ? Optional.empty() : Optional.of(me.userId());
        }
        if ("practice".equals(therapist)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UserId(Long.parseLong(therapist)));
        }
        catch (NumberFormatException e) {
            throw new org.referout.web.NotFoundException();
        }
    }
}
