package org.referout.progress;

import java.util.List;

import org.referout.clinical.RedFlag;
import org.referout.episode.Technique;
import org.referout.practice.CurrentPractice;
import org.referout.progress.OffTrackReview.Alliance;
import org.referout.progress.OffTrackReview.Expectations;
import org.referout.progress.OffTrackReview.Homework;
import org.referout.progress.OffTrackReview.LifeFactor;
import org.referout.web.BadRequestException;
import org.referout.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One alert: the off-track review and the decision that acknowledges it (C3). */
@Controller
class AlertController {

    private final Alerts alerts;

    AlertController(Alerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/alerts/{id}")
    String show(@PathVariable long id, CurrentPractice practice, Model model) {
        Alert alert = alerts.find(practice, new AlertId(id)).orElseThrow(NotFoundException::new);
        if (!alert.isOpen()) {
            alerts.review(practice.id(), alert.id()).ifPresent(review -> model.addAttribute("review", review));
            return page(model, alert, null);
        }
        return page(model, alert, ReviewForm.prefilled(alerts.techniquesTried(practice, alert.episode()), alert.version()));
    }

    @PostMapping("/alerts/{id}")
    String acknowledge(@PathVariable long id, ReviewForm form, CurrentPractice practice, Model model,
            RedirectAttributes flash) {
        Alert alert = alerts.find(practice, new AlertId(id)).orElseThrow(NotFoundException::new);
        try {
            ReviewAdvice advice = alerts.acknowledge(practice, alert.id(), form.toDecision(), form.toReview(),
                    form.version() == null ? -1 : form.version());
            flash.addFlashAttribute("message", "Decision kept: " + form.toDecision().label() + ".");
            flash.addFlashAttribute("advice", advice);
            return "redirect:/alerts/" + id;
        }
        catch (BadRequestException e) {
            model.addAttribute("errors", ReviewForm.errors(e.problems()));
            // show what the answers so far suggest, so the therapist sees it while completing the review
            model.addAttribute("advice", alerts.advice(practice.id(), alert, form.toReview()));
            return page(model, alert, form);
        }
    }

    private static String page(Model model, Alert alert, ReviewForm form) {
        model.addAttribute("alert", alert);
        model.addAttribute("form", form);
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("homeworkAnswers", Homework.values());
        model.addAttribute("techniques", Technique.values());
        model.addAttribute("lifeFactors", LifeFactor.values());
        model.addAttribute("expectationAnswers", Expectations.values());
        model.addAttribute("allianceAnswers", Alliance.values());
        model.addAttribute("redFlags", List.of(RedFlag.values()));
        return "progress/alert";
    }
}
