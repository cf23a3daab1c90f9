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
        model.addAttribute("alerts", alerts.open(practice));
        if (practice.isOwner()) {
            model.addAttribute("curves", progress.curves(practice.id()));
        }
        return "home";
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
