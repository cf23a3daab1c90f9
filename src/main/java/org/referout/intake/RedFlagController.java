package org.referout.intake;

import org.referout.episode.EpisodeId;
import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.FieldErrors;
import org.referout.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The therapist's red-flag page of an episode: the banner, the cleared flags, and clearing a flag with a note. */
@Controller
class RedFlagController {

    private final RedFlags redFlags;
    private final Intakes intakes;

    private final org.referout.episode.Episodes episodes;
    private final java.time.Clock clock;

    RedFlagController(RedFlags redFlags, Intakes intakes, org.referout.episode.Episodes episodes,
            java.time.Clock clock) {
        this.redFlags = redFlags;
        this.intakes = intakes;
        this.episodes = episodes;
        this.clock = clock;
    }

    @GetMapping("/episodes/{episodeId}/red-flags")
    String show(@PathVariable long episodeId, CurrentPractice practice, Model model) {
        EpisodeId episode = new EpisodeId(episodeId);
        var client = intakes.clientOf(practice, episode).orElseThrow(NotFoundException::new);
        model.addAttribute("episodeId", episodeId);
        model.addAttribute("clientId", client.value());
        model.addAttribute("screen", redFlags.screen(practice.id(), episode));
        episodes.answeredAtHome(practice, episode).ifPresent(home -> {
            model.addAttribute("home", home);
            model.addAttribute("homeDay", home.day(clock.getZone()));
            model.addAttribute("activities", episodes.find(practice, episode).orElseThrow().psfsActivities());
        });
        return "intake/flags";
    }

    @PostMapping("/episodes/{episodeId}/red-flags/clear")
    String clear(@PathVariable long episodeId, @RequestParam String code, @RequestParam(required = false) String note,
            CurrentPractice practice, Model model, HttpServletResponse response, RedirectAttributes flash) {
        try {
            redFlags.clear(practice, new EpisodeId(episodeId), code, note);
        } catch (BadRequestException e) {
            show(episodeId, practice, model);
            model.addAttribute("clearing", code);
            model.addAttribute("note", note);
            model.addAttribute("errors", FieldErrors.byField(e));
            // the summary links to the note of the flag being cleared: every flag has its own form and note
            model.addAttribute("clearErrors", java.util.Map.of("note-" + code,
                    String.join("; ", FieldErrors.byField(e).values())));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "intake/flags";
        }
        flash.addFlashAttribute("message", "The flag was cleared; it no longer counts. The note is in the audit log.");
        return "redirect:/episodes/" + episodeId + "/red-flags";
    }
}
