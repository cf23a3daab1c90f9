package org.referout.intake;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.referout.client.ClientId;
import org.referout.episode.EpisodeId;
import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The REST face of intake links and red flags (C8: an API for every capability). */
@RestController
class IntakeApiController {

    /**
     * {@code episodeId}: the open episode the questionnaire is for; {@code newComplaint}: an intake that starts a new
     * episode (required instead of {@code episodeId} when the client has an open one); {@code email}: the app
     * e-mails the link to the client's address.
     */
    record LinkRequest(String kind, Long episodeId, Boolean newComplaint, Boolean email) {
    }

    /** {@code url} is returned once, at creation; only the token's hash is stored. */
    record LinkJson(long id, String kind, long clientId, Long episodeId, String state, OffsetDateTime expiresAt,
            String url, String sentTo, OffsetDateTime sentAt) {
    }

    record ClearRequest(String code, String note) {
    }

    record ReviewRequest(Map<String, Boolean> answers) {
    }

    record FlagJson(String code, String level, String label, OffsetDateTime answeredAt, String source) {
    }

    record ScreenJson(long episodeId, String level, boolean raisedByCombination, boolean blocksTreatment,
            List<FlagJson> flags, List<String> reasons, List<String> providerTypes, String advice,
            List<ClearedFlag> cleared) {
    }

    private final Intakes intakes;
    private final RedFlags redFlags;
    private final java.time.Clock clock;
    private final org.referout.client.Clients clients;

    IntakeApiController(Intakes intakes, RedFlags redFlags, java.time.Clock clock,
            org.referout.client.Clients clients) {
        this.clients = clients;
        this.intakes = intakes;
        this.redFlags = redFlags;
        this.clock = clock;
    }

    @PostMapping("/api/v1/clients/{clientId}/intake-links")
    ResponseEntity<LinkJson> create(CurrentPractice practice, @PathVariable long clientId,
            @RequestBody LinkRequest body) {
        LinkKind kind = kind(body.kind());
        if (Boolean.TRUE.equals(body.email()) && practice.seesClinicalData() && clients.find(practice,
                new ClientId(clientId)).filter(c -> c.details().email() == null).isPresent()) {
            throw new BadRequestException("email", "the client has no e-mail address on file: nothing was made; "
                    + "ask without email and give the client the url");
        }
        NewIntakeLink created = intakes.create(practice, new ClientId(clientId), kind,
                body.episodeId() == null ? null : new EpisodeId(body.episodeId()),
                Boolean.TRUE.equals(body.newComplaint()));
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(created.path()).toUriString();
        IntakeLink link = created.link();
        if (Boolean.TRUE.equals(body.email())) {
            Intakes.Emailed emailed = intakes.email(practice, created);
            link = intakes.find(practice, link.id()).orElseThrow();
        }
        return ResponseEntity.created(URI.create("/api/v1/intake-links/" + link.id()))
            .body(json(link, url));
    }

    @GetMapping("/api/v1/intake-links/{id}")
    LinkJson show(CurrentPractice practice, @PathVariable long id) {
        return json(intakes.find(practice, new IntakeLinkId(id)).orElseThrow(NotFoundException::new), null);
    }

    @PostMapping("/api/v1/intake-links/{id}/revoke")
    LinkJson revoke(CurrentPractice practice, @PathVariable long id) {
        intakes.revoke(practice, new IntakeLinkId(id));
        return show(practice, id);
    }

    @GetMapping("/api/v1/episodes/{episodeId}/red-flags")
    ScreenJson screen(CurrentPractice practice, @PathVariable long episodeId) {
        EpisodeId episode = new EpisodeId(episodeId);
        intakes.clientOf(practice, episode).orElseThrow(NotFoundException::new);
        return json(redFlags.screen(practice.id(), episode));
    }

    @PostMapping("/api/v1/episodes/{episodeId}/red-flags/review")
    ScreenJson review(CurrentPractice practice, @PathVariable long episodeId, @RequestBody ReviewRequest body) {
        if (body.answers() == null || body.answers().isEmpty()) {
            throw new BadRequestException("answers", "give at least one answer, e.g. {\"NIGHT_PAIN\": false}");
        }
        return json(redFlags.review(practice, new EpisodeId(episodeId), body.answers()));
    }

    @PostMapping("/api/v1/episodes/{episodeId}/red-flags/clear")
    ScreenJson clear(CurrentPractice practice, @PathVariable long episodeId, @RequestBody ClearRequest body) {
        if (body.code() == null || body.code().isBlank()) {
            throw new BadRequestException("code", "is required");
        }
        return json(redFlags.clear(practice, new EpisodeId(episodeId), body.code(), body.note()));
    }

    private static LinkKind kind(String text) {
        try {
            return text == null ? LinkKind.INTAKE : LinkKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("kind", text + " is not INTAKE or PRE_VISIT");
        }
    }

    private LinkJson json(IntakeLink link, String url) {
        return new LinkJson(link.id().value(), link.kind().name(), link.client().value(),
                link.episode() == null ? null : link.episode().value(), link.state(clock.instant()).name(),
                link.expiresAt(), url, link.sentTo(), link.sentAt());
    }

    private static ScreenJson json(FlagScreen screen) {
        return new ScreenJson(screen.episode().value(), screen.positive() ? screen.level().name() : null,
                screen.raisedByCombination(), screen.blocksTreatment(),
                screen.flags().stream().map(flag -> new FlagJson(flag.code(), flag.level().name(), flag.label(),
                        flag.answeredAt(), flag.source().name())).toList(),
                screen.reasons().stream().map(reason -> reason.text()).toList(),
                screen.advice().nuccCodes(), screen.advice().reason(), screen.cleared());
    }
}
