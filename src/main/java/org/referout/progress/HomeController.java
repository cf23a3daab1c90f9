package org.referout.progress;

import org.referout.practice.CurrentPractice;
import org.referout.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The therapist's home page: what needs attention today (open alerts), and the owner's curve refit. */
@Controller
class HomeController {

    private final Alerts alerts;
    private final Progress progress;

    HomeController(Alerts alerts, Progress progress) {
        this.alerts = alerts;
        this.progress = progress;
    }

    @GetMapping("/")
    String home(CurrentPractice practice, Model model) {
        model.addAttribute("me", practice);
        var open = alerts.open(practice);
        model.addAttribute("alerts", open);
        model.addAttribute("counts", counts(open));
        if (practice.isOwner()) {
            model.addAttribute("curves", progress.curves(practice.id()));
        }
        return "home";
    }

    /** Issue 15 item 3: how many cards per level head the list, most severe first, only levels that have cards. */
    static java.util.List<String> counts(java.util.List<Alert> open) {
        var levels = new java.util.LinkedHashMap<String, Integer>();
        for (String level : java.util.List.of("emergency", "urgent", "refer", "review")) {
            levels.put(level, 0);
        }
        for (Alert alert : open) {
            String level = switch (alert.recommendation()) {
                case REFER_EMERGENCY -> "emergency";
                case REFER_URGENT -> "urgent";
                case REFER -> "refer";
                default -> "review";
            };
            levels.merge(level, 1, Integer::sum);
        }
        return levels.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getValue() + " " + e.getKey())
            .toList();
    }

    /** R4.3 "on demand": the owner rebuilds the practice's expected curves from its closed episodes now. */
    @PostMapping("/progress/curves")
    String refit(CurrentPractice practice, RedirectAttributes flash) {
        if (!practice.isOwner()) {
            throw new NotFoundException();
        }
        ReferenceCurves curves = progress.refitCurves(practice.id());
        flash.addFlashAttribute("message", "Expected recovery curves rebuilt from " + curves.ownEpisodes()
                + " closed episodes" + (curves.usesBuiltInCohort() ? " and the built-in reference cohort." : "."));
        return "redirect:/";
    }
}
