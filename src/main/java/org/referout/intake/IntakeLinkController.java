package org.referout.intake;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.util.LinkedHashMap;

import org.referout.client.Client;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.web.BadRequestException;
import org.referout.practice.CurrentPractice;
import org.referout.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    private final Episodes episodes;
    private final Clock clock;

    IntakeLinkController(Intakes intakes, RedFlags redFlags, Clients clients, Episodes episodes, Clock clock) {
        this.episodes = episodes;
        this.intakes = intakes;
        this.clients = clients;
        this.redFlags = redFlags;
        this.clock = clock;
    }

    @GetMapping("/clients/{clientId}/intake")
    String list(@PathVariable long clientId, @RequestParam(required = false) LinkKind kind,
            @RequestParam(required = false) String episode, CurrentPractice practice, Model model) {
        dialog(practice, new ClientId(clientId), model);
        model.addAttribute("kind", kind == null ? null : kind.name());
        model.addAttribute("episode", episode);
        return "intake/links";
    }

    /**
     * The send dialog: what to send (intake or before-visit), for which open episode or a new complaint, and
     * whether the app e-mails it or the therapist copies it or shows the QR code.
     */
    @PostMapping("/clients/{clientId}/intake-links")
    String create(@PathVariable long clientId, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String episode, @RequestParam(required = false) String send,
            CurrentPractice practice, HttpSession session, Model model, HttpServletResponse response,
            RedirectAttributes flash) {
        ClientId client = new ClientId(clientId);
        var problems = new LinkedHashMap<String, String>();
        LinkKind linkKind = kind == null || kind.isBlank() ? LinkKind.INTAKE : parseKind(kind, problems);
        boolean newComplaint = "new".equals(episode);
        EpisodeId target = null;
        if (episode != null && !episode.isBlank() && !newComplaint) {
            try {
                target = new EpisodeId(Long.parseLong(episode));
            } catch (NumberFormatException e) {
                problems.put("episode", "Choose one of the client's episodes or a new complaint.");
            }
        }
        if (linkKind == LinkKind.PRE_VISIT && target == null && !problems.containsKey("episode")) {
            problems.put("episode", "A before-visit questionnaire is for an open episode: choose which one.");
        }
        if (problems.isEmpty()) {
            try {
                NewIntakeLink created = intakes.create(practice, client, linkKind,
                        linkKind == LinkKind.PRE_VISIT || !newComplaint ? target : null, newComplaint);
                remember(session, created);
                deliver(practice, created, !"link".equals(send), flash);
                return "redirect:/intake-links/" + created.link().id();
            } catch (BadRequestException e) {
                e.problems().forEach(p -> problems.putIfAbsent(p.field().equals("episodeId") ? "episode" : p.field(),
                        plain(p.message())));
            }
        }
        dialog(practice, client, model);
        model.addAttribute("kind", linkKind == null ? kind : linkKind.name());
        model.addAttribute("episode", episode);
        model.addAttribute("errors", problems);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "intake/links";
    }

    /** The red-flag page's shortcut: a before-visit link for this episode, e-mailed unless told otherwise. */
    @PostMapping("/episodes/{episodeId}/intake-links")
    String createPreVisit(@PathVariable long episodeId, @RequestParam(required = false) String send,
            CurrentPractice practice, HttpSession session, RedirectAttributes flash) {
        EpisodeId episode = new EpisodeId(episodeId);
        var client = intakes.clientOf(practice, episode).orElseThrow(NotFoundException::new);
        NewIntakeLink created = intakes.create(practice, client, LinkKind.PRE_VISIT, episode);
        remember(session, created);
        deliver(practice, created, !"link".equals(send), flash);
        return "redirect:/intake-links/" + created.link().id();
    }

    /** Sends the same questionnaire again: a new link, e-mailed; the old one stops working at once. */
    @PostMapping("/intake-links/{id}/resend")
    String resend(@PathVariable long id, CurrentPractice practice, HttpSession session, RedirectAttributes flash) {
        IntakeLink old = intakes.find(practice, new IntakeLinkId(id)).orElseThrow(NotFoundException::new);
        if (old.completedAt() != null) {
            throw new BadRequestException("link", "was answered already; make a new questionnaire instead");
        }
        NewIntakeLink created = intakes.create(practice, old.client(), old.kind(), old.episode(),
                old.kind() == LinkKind.INTAKE && old.episode() == null);
        remember(session, created);
        deliver(practice, created, true, flash);
        return "redirect:/intake-links/" + created.link().id();
    }

    private void deliver(CurrentPractice practice, NewIntakeLink created, boolean email, RedirectAttributes flash) {
        if (!email) {
            flash.addFlashAttribute("message", "The link is ready. Copy it or let the client scan the QR code.");
            return;
        }
        Intakes.Emailed emailed = intakes.email(practice, created);
        if (emailed.to() == null) {
            flash.addFlashAttribute("notice", "This client has no e-mail address on file, so nothing was e-mailed. "
                    + "Copy the link below or let the client scan the QR code, or add an address under Edit details "
                    + "and send it again.");
        }
        else if (emailed.sent()) {
            flash.addFlashAttribute("message", "E-mailed to " + emailed.to() + ".");
        }
        else if (emailed.outcome() == IntakeMail.Outcome.NOT_CONFIGURED) {
            flash.addFlashAttribute("notice", "E-mail is not set up on this server, so nothing was e-mailed. "
                    + "Copy the link below or let the client scan the QR code.");
        }
        else {
            flash.addFlashAttribute("notice", "The e-mail to " + emailed.to() + " could not be sent (the mail "
                    + "server did not take it). Copy the link below or let the client scan the QR code, or try again "
                    + "later with Send again.");
        }
    }

    private void dialog(CurrentPractice practice, ClientId client, Model model) {
        if (!practice.seesClinicalData()) {
            throw new NotFoundException();
        }
        Client found = clients.find(practice, client).orElseThrow(NotFoundException::new);
        model.addAttribute("clientId", client.value());
        model.addAttribute("client", found);
        model.addAttribute("openEpisodes", episodes.listForClient(practice, client).stream()
            .filter(e -> e.status().isOpen()).toList());
        model.addAttribute("links", intakes.links(practice, client));
        model.addAttribute("screens", redFlags.openScreensForClient(practice.id(), client));
        model.addAttribute("now", clock.instant());
        model.addAttribute("zone", clock.getZone());
    }

    private static LinkKind parseKind(String kind, Map<String, String> problems) {
        try {
            return LinkKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            problems.put("kind", "Choose the intake questionnaire or the before-visit questionnaire.");
            return null;
        }
    }

    /** The service names the field the API uses; the page says the same in the words of its own choices. */
    private static String plain(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
    }

    @GetMapping("/intake-links/{id}")
    String show(@PathVariable long id, CurrentPractice practice, HttpSession session, Model model) {
        IntakeLink link = intakes.find(practice, new IntakeLinkId(id)).orElseThrow(NotFoundException::new);
        String token = tokens(session).get(id);
        model.addAttribute("link", link);
        model.addAttribute("state", link.state(clock.instant()).name());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("now", clock.instant());
        model.addAttribute("email", clients.find(practice, link.client()).map(c -> c.details().email()).orElse(null));
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
