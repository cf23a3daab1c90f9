package org.referout.episode;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.referout.client.ClientId;
import org.referout.client.ClientJson;
import org.referout.client.Clients;
import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.referout.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Episodes and visits on the API, and the client's record with its episodes (it lives here because the client
 * module cannot see episodes). Front desk gets the client without episodes and 404 on episode routes (C1).
 */
@RestController
class EpisodeApiController {

    private final Episodes episodes;
    private final Clients clients;
    private final ObjectProvider<VisitEvaluations> evaluations;

    EpisodeApiController(Episodes episodes, Clients clients, ObjectProvider<VisitEvaluations> evaluations) {
        this.episodes = episodes;
        this.clients = clients;
        this.evaluations = evaluations;
    }

    record ClientRecord(@JsonUnwrapped ClientJson client, List<EpisodeJson.Summary> episodes) {
    }

    /** Returned for a new visit, with the episode's new evaluation (R7.2 shape) from the outcome engine. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VisitCreated(long id, long episodeId, Object evaluation) {
    }

    record CloseRequest(String reason, Integer version) {
    }

    @GetMapping("/api/v1/clients/{id}")
    ClientRecord client(CurrentPractice practice, @PathVariable long id) {
        var clientId = new ClientId(id);
        ClientJson client = clients.find(practice, clientId).map(ClientJson::of).orElseThrow(NotFoundException::new);
        return new ClientRecord(client,
                episodes.listForClient(practice, clientId).stream().map(EpisodeJson.Summary::of).toList());
    }

    @PostMapping("/api/v1/clients/{id}/episodes")
    ResponseEntity<Map<String, Object>> start(CurrentPractice practice, @PathVariable long id,
            @RequestBody EpisodeStart body) {
        EpisodeId episode = episodes.start(practice, new ClientId(id), body);
        return ResponseEntity.created(URI.create("/api/v1/episodes/" + episode))
            .body(Map.of("id", episode.value(), "version", 0));
    }

    @GetMapping("/api/v1/episodes/{id}")
    EpisodeJson episode(CurrentPractice practice, @PathVariable long id) {
        var episodeId = new EpisodeId(id);
        Episode episode = episodes.find(practice, episodeId).orElseThrow(NotFoundException::new);
        return EpisodeJson.of(episode, episodes.visits(practice, episodeId));
    }

    @PostMapping("/api/v1/episodes/{id}/visits")
    ResponseEntity<VisitCreated> recordVisit(CurrentPractice practice, @PathVariable long id,
            @RequestBody VisitRequest body) {
        VisitId visit = episodes.recordVisit(practice, new EpisodeId(id), body.toInput());
        VisitEvaluations engine = evaluations.getIfAvailable();
        Object evaluation = engine == null ? null : engine.after(practice.id(), new EpisodeId(id)).orElse(null);
        return ResponseEntity.created(URI.create("/api/v1/episodes/" + id))
            .body(new VisitCreated(visit.value(), id, evaluation));
    }

    @PostMapping("/api/v1/episodes/{id}/close")
    Map<String, Object> close(CurrentPractice practice, @PathVariable long id, @RequestBody CloseRequest body) {
        var problems = new ArrayList<FieldProblem>();
        DischargeReason reason = EpisodeChecks.code(DischargeReason.class, "reason", body.reason(), "discharge reason",
                problems);
        if (body.version() == null) {
            problems.add(new FieldProblem("version", "is required: send the version you read"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        EpisodeStatus status = episodes.close(practice, new EpisodeId(id), reason, body.version());
        return Map.of("id", id, "status", status, "reason", reason);
    }

    /** Body: the notes object (or {@code {"notes": …}} fields flat) plus the visit's {@code version}. */
    @PutMapping("/api/v1/visits/{id}/notes")
    Map<String, Object> updateNotes(CurrentPractice practice, @PathVariable long id, @RequestBody NotesUpdate body) {
        if (body.version() == null) {
            throw new BadRequestException("version", "is required: send the version you read");
        }
        episodes.updateVisitNotes(practice, new VisitId(id), new VisitNotes(body.subjective(), body.objective(),
                body.assessment(), body.plan(), body.homework()), body.version());
        return Map.of("id", id, "version", body.version() + 1);
    }

    record NotesUpdate(String subjective, String objective, String assessment, String plan, String homework,
            Integer version) {
    }
}
