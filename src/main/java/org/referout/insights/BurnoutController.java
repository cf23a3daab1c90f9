package org.referout.insights;

import java.util.List;
import java.util.Map;

import org.referout.clinical.CbiAnswers;
import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The burnout self-check pages. Every page shows the signed-in user's own checks only; there is no page that
 * takes a user id, and a check id of anyone else is a 404 — the owner included.
 */
@Controller
@RequestMapping("/insights/burnout")
class BurnoutController {

    private final BurnoutChecks checks;

    BurnoutController(BurnoutChecks checks) {
        this.checks = checks;
    }

    @GetMapping
    String overview(CurrentPractice me, Model model) {
        List<BurnoutCheck> history = checks.history(me);
        model.addAttribute("rows", BurnoutPage.rows(history));
        model.addAttribute("latest", history.isEmpty() ? null
                : BurnoutPage.scores(history.get(history.size() - 1).scores()));
        model.addAttribute("chart", history.isEmpty() ? null : BurnoutTrendChart.draw(history));
        model.addAttribute("aboveLine", BurnoutPage.anyAtOrAboveLine(history));
        model.addAttribute("reminder", checks.reminder(me));
        return "insights/burnout";
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("parts", BurnoutPage.questionnaire(CbiAnswers.none()));
        return "insights/burnout-form";
    }

    @PostMapping
    String take(CurrentPractice me, @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        BurnoutForm form = BurnoutForm.fromPage(params);
        CbiAnswers answers;
        try {
            answers = form.toAnswers();
            checks.take(me, answers);
        }
        catch (BadRequestException e) {
            model.addAttribute("parts", BurnoutPage.questionnaire(CbiAnswers.none()));
            model.addAttribute("problem", e.problems().get(0).message());
            return "insights/burnout-form";
        }
        flash.addFlashAttribute("message", "Thank you. Your answers are saved, and only you can see them.");
        return "redirect:/insights/burnout";
    }

    @GetMapping("/{id}")
    String show(CurrentPractice me, @PathVariable long id, Model model) {
        BurnoutCheck check = checks.find(me, id).orElseThrow(NotFoundException::new);
        model.addAttribute("check", check);
        model.addAttribute("scores", BurnoutPage.scores(check.scores()));
        model.addAttribute("parts", BurnoutPage.questionnaire(check.answers()));
        return "insights/burnout-check";
    }

    @PostMapping("/reminder")
    String reminder(CurrentPractice me, @RequestParam boolean enabled, RedirectAttributes flash) {
        checks.setReminder(me, enabled);
        flash.addFlashAttribute("message", enabled ? "We will remind you every three months."
                : "The reminder is off. You can take the self-check any time.");
        return "redirect:/insights/burnout";
    }
}
