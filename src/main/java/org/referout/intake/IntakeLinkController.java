package org.referout.intake;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;

import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.episode.EpisodeId;
import org.referout.practice.CurrentPractice;
import org.referout.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The therapist's side of intake links: make one for a client (or a before-visit one for an episode), copy it or
 * show its QR code, revoke it. The token exists only in the session of the person who made the link, so the QR
 * route is authenticated and works only for them and only for now.
 */
@Controller
class IntakeLinkController {

    static final String TOKENS = IntakeLinkController.class.getName() + ".tokens";

    private final Intakes intakes;
    private final RedFlags redFlags;
    private final Clients clients;
    private final Clock clock;

    IntakeLinkController(Intakes intakes, RedFlags redFlags, Clients clients, Clock clock) {
        this.intakes = intakes;
        this.clients = clients;
        this.redFlags = redFlags;
        this.clock = clock;
    }

    @GetMapping("/clients/{clientId}/intake")
    String list(@PathVariable long clientId, CurrentPractice practice, Model model) {
        ClientId client = new ClientId(clientId);
        if (!practice.seesClinicalData() || !clients.exists(practice.id(), client)) {
            throw new NotFoundException();
        }
        model.addAttribute("clientId", clientId);
        model.addAttribute("links", intakes.links(practice, client));
        model.addAttribute("screens", redFlags.openScreensForClient(practice.id(), client));
        model.addAttribute("now", clock.instant());
        return "intake/links";
    }

    @PostMapping("/clients/{clientId}/intake-links")
    String create(@PathVariable long clientId, CurrentPractice practice, HttpSession session) {
        NewIntakeLink created = intakes.create(practice, new ClientId(clientId), LinkKind.INTAKE, null);
        remember(session, created);
        return "redirect:/intake-links/" + created.link().id();
    }

    @PostMapping("/episodes/{episodeId}/intake-links")
    String createPreVisit(@PathVariable long episodeId, CurrentPractice practice, HttpSession session) {
        EpisodeId episode = new EpisodeId(episodeId);
        var client = intakes.clientOf(practice, episode).orElseThrow(NotFoundException::new);
        NewIntakeLink created = intakes.create(practice, client, LinkKind.PRE_VISIT, episode);
        remember(session, created);
        return "redirect:/intake-links/" + created.link().id();
    }

    @GetMapping("/intake-links/{id}")
    String show(@PathVariable long id, CurrentPractice practice, HttpSession session, Model model) {
        IntakeLink link = intakes.find(practice, new IntakeLinkId(id)).orElseThrow(NotFoundException::new);
        String token = tokens(session).get(id);
        model.addAttribute("link", link);
        model.addAttribute("state", link.state(clock.instant()).name());
        model.addAttribute("url", token == null ? null
                : ServletUriComponentsBuilder.fromCurrentContextPath().path("/intake/" + token).toUriString());
        return "intake/link";
    }

    @GetMapping(path = "/intake-links/{id}/qr.svg")
    ResponseEntity<String> qr(@PathVariable long id, CurrentPractice practice, HttpSession session) {
        intakes.find(practice, new IntakeLinkId(id)).orElseThrow(NotFoundException::new);
        String token = tokens(session).get(id);
        if (token == null) {
            throw new NotFoundException();
        }
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/intake/" + token).toUriString();
        return ResponseEntity.ok()
            .contentType(MediaType.valueOf("image/svg+xml"))
            .cacheControl(CacheControl.noStore())
            .body(QrCodes.svg(url));
    }

    @PostMapping("/intake-links/{id}/revoke")
    String revoke(@PathVariable long id, CurrentPractice practice, HttpSession session, RedirectAttributes flash) {
        intakes.revoke(practice, new IntakeLinkId(id));
        tokens(session).remove(id);
        flash.addFlashAttribute("message", "The link was revoked; it no longer opens the questionnaire.");
        return "redirect:/intake-links/" + id;
    }

    private static void remember(HttpSession session, NewIntakeLink created) {
        tokens(session).put(created.link().id().value(), created.token());
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, String> tokens(HttpSession session) {
        Object tokens = session.getAttribute(TOKENS);
        if (tokens == null) {
            tokens = new ConcurrentHashMap<Long, String>();
            session.setAttribute(TOKENS, tokens);
        }
        return (Map<Long, String>) tokens;
    }
}
