package org.referout.datarights;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.practice.CurrentPractice;
import org.referout.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages: the data-rights overview with the export link, the erasure page for one client (which offers the whole
 * record first) and the confirmation after it.
 */
@Controller
class DataRightsController {

    private final DataRights dataRights;
    private final Clients clients;
    private final Clock clock;

    DataRightsController(DataRights dataRights, Clients clients, Clock clock) {
        this.dataRights = dataRights;
        this.clients = clients;
        this.clock = clock;
    }

    @GetMapping("/data-rights")
    String overview(CurrentPractice practice) {
        owner(practice);
        return "datarights/overview";
    }

    /** The same export as the API, for a signed-in owner's browser (the API chain takes tokens only). */
    @GetMapping("/data-rights/outcomes.csv")
    void outcomes(CurrentPractice practice, HttpServletResponse response) throws IOException {
        DataRightsApiController.writeCsv(dataRights, practice, response);
    }

    @GetMapping("/clients/{id}/erasure")
    String confirm(CurrentPractice practice, @PathVariable long id, Model model) {
        owner(practice);
        model.addAttribute("client", clients.find(practice, new ClientId(id)).orElseThrow(NotFoundException::new));
        return "datarights/erasure";
    }

    /** Erases, then shows what was done (after a redirect, so a reload does not post again). */
    @PostMapping("/clients/{id}/erasure")
    String erase(CurrentPractice practice, @PathVariable long id, RedirectAttributes flash) {
        DataRights.Erasure done = dataRights.erase(practice, new ClientId(id));
        flash.addFlashAttribute("furtherMentions", done.furtherMentions());
        return "redirect:/clients/" + id + "/erased";
    }

    /** The confirmation: what was erased and when. Only for the owner and a client of theirs that is erased. */
    @GetMapping("/clients/{id}/erased")
    String erased(CurrentPractice practice, @PathVariable long id, Model model) {
        var at = dataRights.erasedAt(practice, new ClientId(id)).orElseThrow(NotFoundException::new);
        model.addAttribute("erasedAt", at.atZoneSameInstant(clock.getZone()));
        return "datarights/erased";
    }

    private static void owner(CurrentPractice practice) {
        if (!practice.isOwner()) {
            throw new NotFoundException();
        }
    }
}
