package org.referout.episode;

import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.practice.CurrentPractice;
import org.referout.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The client's page: details and episodes. It lives in the episode module because it shows both and the client
 * module must not depend on episodes (STYLE §3). Front desk sees the details only: the episode list is empty for them.
 */
@Controller
class ClientPageController {

    private final Clients clients;
    private final Episodes episodes;

    ClientPageController(Clients clients, Episodes episodes) {
        this.clients = clients;
        this.episodes = episodes;
    }

    @GetMapping("/clients/{id}")
    String show(CurrentPractice practice, @PathVariable long id, Model model) {
        var clientId = new ClientId(id);
        model.addAttribute("client", clients.find(practice, clientId).orElseThrow(NotFoundException::new));
        model.addAttribute("episodes", episodes.listForClient(practice, clientId));
        model.addAttribute("clinical", practice.seesClinicalData());
        return "client/show";
    }
}
