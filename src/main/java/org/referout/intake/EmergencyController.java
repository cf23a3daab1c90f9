package org.referout.intake;


import org.referout.episode.EpisodeId;
import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.FieldErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The emergency action page of an episode (issue 15 item 2): what to do now, where, and what was done. */
@Controller
class EmergencyController {

    private final Emergencies emergencies;

    EmergencyController(Emergencies emergencies) {
        this.emergencies = emergencies;
    }

    @GetMapping("/episodes/{episodeId}/emergency")
    String show(@PathVariable long episodeId, CurrentPractice practice, Model model) {
        model.addAttribute("situation", emergencies.situation(practice, new EpisodeId(episodeId)));
        model.addAttribute("outcomes", EmergencyOutcome.values());
        return "intake/emergency";
    }

    @PostMapping("/episodes/{episodeId}/emergency")
    String record(@PathVariable long episodeId, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String note, CurrentPractice practice, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        try {
            emergencies.record(practice, new EpisodeId(episodeId), outcome, note);
        }
        catch (BadRequestException e) {
            show(episodeId, practice, model);
            model.addAttribute("note", note);
            model.addAttribute("errors", FieldErrors.byField(e));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "intake/emergency";
        }
        flash.addFlashAttribute("message", "Kept: what was done is in the client's record and the audit log. "
                + "The alert is closed.");
        return "redirect:/episodes/" + episodeId + "/emergency";
    }
}
