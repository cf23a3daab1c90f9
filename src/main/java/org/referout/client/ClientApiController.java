package org.referout.client;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/clients}. Reading one client lives in episode's ClientRecordApiController (it adds episodes). */
@RestController
@RequestMapping("/api/v1/clients")
class ClientApiController {

    private final Clients clients;

    ClientApiController(Clients clients) {
        this.clients = clients;
    }

    @GetMapping
    Map<String, Object> search(CurrentPractice practice, @RequestParam(required = false) String query,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        ClientPage found = clients.search(practice, query, page, size);
        List<ClientJson> list = found.clients().stream().map(ClientJson::of).toList();
        return Map.of("clients", list, "page", found.page(), "size", found.size(), "total", found.total());
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(CurrentPractice practice, @RequestBody ClientRequest body) {
        ClientId id = clients.create(practice, body.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id)).body(Map.of("id", id.value(), "version", 0));
    }

    @PutMapping("/{id}")
    Map<String, Object> update(CurrentPractice practice, @PathVariable long id, @RequestBody ClientRequest body) {
        if (body.version() == null) {
            throw new BadRequestException("version", "is required: send the version you read");
        }
        clients.update(practice, new ClientId(id), body.toDetails(), body.version());
        return Map.of("id", id, "version", body.version() + 1);
    }
}
