package org.referout.datarights;

import java.io.IOException;

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

/** Pages: the data-rights overview with the export link, and the erasure confirmation for one client. */
@Controller
class DataRightsController {

    private final DataRights dataRights;
    private final Clients clients;

    DataRightsController(DataRights dataRights, Clients clients) {
        this.dataRights = dataRights;
        this.clients = clients;
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

    @PostMapping("/clients/{id}/erasure")
    String erase(CurrentPractice practice, @PathVariable long id) {
        dataRights.erase(practice, new ClientId(id));
        return "redirect:/clients?erased";
    }

    private static void owner(CurrentPractice practice) {
        if (!practice.isOwner()) {
            throw new NotFoundException();
        }
    }
}
