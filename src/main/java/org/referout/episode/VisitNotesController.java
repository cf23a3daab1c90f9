package org.referout.episode;

import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.FieldErrors;
import org.referout.web.ConflictException;
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

/** Editing a visit's SOAP notes and homework after the fact, on the version the therapist saw (Q: no lost update). */
@Controller
class VisitNotesController {

    private final Episodes episodes;

    VisitNotesController(Episodes episodes) {
        this.episodes = episodes;
    }

    @GetMapping("/visits/{id}/edit")
    String edit(CurrentPractice practice, @PathVariable long id, Model model) {
        Visit visit = episodes.visit(practice, new VisitId(id)).orElseThrow(NotFoundException::new);
        model.addAttribute("visit", visit);
        model.addAttribute("notes", visit.notes());
        model.addAttribute("version", visit.version());
        return "episode/visit-notes";
    }

    @PostMapping("/visits/{id}/notes")
    String save(CurrentPractice practice, @PathVariable long id, VisitNotes notes, @RequestParam int version,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        var visitId = new VisitId(id);
        Visit visit = episodes.visit(practice, visitId).orElseThrow(NotFoundException::new);
        try {
            episodes.updateVisitNotes(practice, visitId, notes, version);
            flash.addFlashAttribute("message", "Notes saved.");
            return "redirect:/episodes/" + visit.episode();
        } catch (BadRequestException e) {
            model.addAttribute("errors", FieldErrors.byField(e));
            model.addAttribute("problems", ProblemMessages.byControl(e.problems(), java.util.List.of()));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("notes", notes);
            model.addAttribute("version", version);
        } catch (ConflictException e) {
            // Show what is stored now; the therapist re-applies their change on the new version.
            model.addAttribute("conflict", true);
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("notes", visit.notes());
            model.addAttribute("version", visit.version());
        }
        model.addAttribute("visit", visit);
        return "episode/visit-notes";
    }
}
