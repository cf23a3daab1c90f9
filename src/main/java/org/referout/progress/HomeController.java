package org.referout.progress;

import java.util.ArrayList;

import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.referout.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The therapist's home page: the worklist of decisions waiting (open alerts), and the owner's curve refit. */
@Controller
class HomeController {

    private final Alerts alerts;
    private final Progress progress;

    HomeController(Alerts alerts, Progress progress) {
        this.alerts = alerts;
        this.progress = progress;
    }

    /**
     * The worklist: {@code who} = {@code mine} or {@code all} (the owner; all is the owner's default), {@code level}
     * = emergency, urgent, refer or review, {@code page} from 1. A bad value is a 400 naming the parameter.
     */
    @GetMapping("/")
    String home(CurrentPractice practice, @RequestParam(required = false) String who,
            @RequestParam(required = false) String level, @RequestParam(required = false) String page, Model model) {
        var problems = new ArrayList<FieldProblem>();
        boolean all = practice.isOwner();
        if (who != null && !who.isBlank()) {
            switch (who.strip()) {
                case "mine" -> all = false;
                case "all" -> {
                    if (!practice.isOwner()) {
                        problems.add(new FieldProblem("who", "only the practice owner sees every therapist's clients"));
                    }
                }
                default -> problems.add(new FieldProblem("who", "choose my clients or all therapists"));
            }
        }
        CardLevel only = null;
        if (level != null && !level.isBlank()) {
            only = CardLevel.ofWord(level.strip()).orElse(null);
            if (only == null) {
                problems.add(new FieldProblem("level", "choose emergency, urgent, refer or review"));
            }
        }
        int number = 1;
        if (page != null && !page.isBlank()) {
            try {
                number = Integer.parseInt(page.strip());
                if (number < 1 || number > 100_000) {
                    problems.add(new FieldProblem("page", "must be a page number from 1"));
                }
            }
            catch (NumberFormatException e) {
                problems.add(new FieldProblem("page", "must be a page number from 1"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        model.addAttribute("me", practice);
        model.addAttribute("worklist", alerts.worklist(practice, all, only, number));
        model.addAttribute("levels", CardLevel.values());
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
