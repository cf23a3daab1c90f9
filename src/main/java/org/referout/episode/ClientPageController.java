package org.referout.episode;

import org.referout.client.ClientId;
import java.time.Clock;
import java.util.Comparator;

import org.referout.client.Clients;
import org.referout.client.SentToClient;
import org.springframework.beans.factory.ObjectProvider;
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
    private final ObjectProvider<SentToClient> sent;
    private final Clock clock;

    ClientPageController(Clients clients, Episodes episodes, ObjectProvider<SentToClient> sent, Clock clock) {
        this.clients = clients;
        this.episodes = episodes;
        this.sent = sent;
        this.clock = clock;
    }

    @GetMapping("/clients/{id}")
    String show(CurrentPractice practice, @PathVariable long id, Model model) {
        var clientId = new ClientId(id);
        model.addAttribute("client", clients.find(practice, clientId).orElseThrow(NotFoundException::new));
        model.addAttribute("episodes", episodes.listForClient(practice, clientId));
        model.addAttribute("clinical", practice.seesClinicalData());
        // what the practice sent the client (links, questions), newest first, from every module that sends
        model.addAttribute("sent", sent.orderedStream().flatMap(source -> source.sentTo(practice, clientId).stream())
            .sorted(Comparator.comparing(SentToClient.Sent::createdAt).reversed())
            .toList());
        model.addAttribute("zone", clock.getZone());
        return "client/show";
    }
}
