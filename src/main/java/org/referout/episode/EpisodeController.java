package org.referout.episode;

import java.time.Clock;
import java.util.ArrayList;
import java.time.LocalDate;

import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.clinical.Complaint;
import org.referout.clinical.Measure;
import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.FieldErrors;
import org.referout.web.FieldProblem;
import org.referout.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Starting an episode and closing it. Every route here is clinical: front desk gets 404 (Episodes answers "not
 * found" to them). The episode page itself ({@code GET /episodes/{id}}) is rendered by the progress module, which
 * shows the evaluation and chart beside this module's fragments of {@code episode/show.html}.
 */
@Controller
class EpisodeController {

    private final Episodes episodes;
    private final Clients clients;
    private final Clock clock;

    EpisodeController(Episodes episodes, Clients clients, Clock clock) {
        this.episodes = episodes;
        this.clients = clients;
        this.clock = clock;
    }

    @GetMapping("/clients/{id}/episodes/new")
    String newEpisode(CurrentPractice practice, @PathVariable long id, Model model) {
        return form(practice, id, EpisodeForm.empty(LocalDate.now(clock)), model);
    }

    @PostMapping("/clients/{id}/episodes")
    String start(CurrentPractice practice, @PathVariable long id, @ModelAttribute EpisodeForm form, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        try {
            EpisodeId episode = episodes.start(practice, new ClientId(id), form.toStart());
            flash.addFlashAttribute("message", "Episode started. Record the first visit to set the baseline.");
            return "redirect:/episodes/" + episode;
        } catch (BadRequestException e) {
            model.addAttribute("errors", FieldErrors.byField(e));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(practice, id, form, model);
        }
    }

    @PostMapping("/episodes/{id}/close")
    String close(CurrentPractice practice, @PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam int version, RedirectAttributes flash) {
        var problems = new ArrayList<FieldProblem>();
        DischargeReason chosen = EpisodeChecks.code(DischargeReason.class, "reason", reason, "reason", problems);
        if (chosen == null) {
            throw new BadRequestException(problems);
        }
        EpisodeStatus status = episodes.close(practice, new EpisodeId(id), chosen, version);
        flash.addFlashAttribute("message", status == EpisodeStatus.REFERRED_OUT
                ? "Episode closed as referred out." : "Episode closed: " + chosen.label().toLowerCase() + ".");
        return "redirect:/episodes/" + id;
    }

    private String form(CurrentPractice practice, long clientId, EpisodeForm form, Model model) {
        if (!practice.seesClinicalData()) {
            throw new NotFoundException();
        }
        model.addAttribute("client", clients.find(practice, new ClientId(clientId)).orElseThrow(NotFoundException::new));
        model.addAttribute("form", form);
        model.addAttribute("complaints", Complaint.values());
        model.addAttribute("primaryMeasures", new Measure[] { Measure.NPRS, Measure.PSFS, Measure.PEG });
        return "episode/new";
    }
}
