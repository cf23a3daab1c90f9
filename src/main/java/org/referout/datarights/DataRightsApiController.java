package org.referout.datarights;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.referout.client.ClientId;
import org.referout.practice.CurrentPractice;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST: erasure of a client and the research export (owner only; anyone else gets 404). */
@RestController
class DataRightsApiController {

    private final DataRights dataRights;

    DataRightsApiController(DataRights dataRights) {
        this.dataRights = dataRights;
    }

    @PostMapping("/api/v1/clients/{id}/erasure")
    ResponseEntity<Void> erase(CurrentPractice practice, @PathVariable long id) {
        dataRights.erase(practice, new ClientId(id));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/exports/outcomes.csv")
    void outcomes(CurrentPractice practice, HttpServletResponse response) throws IOException {
        writeCsv(dataRights, practice, response);
    }

    static void writeCsv(DataRights dataRights, CurrentPractice practice, HttpServletResponse response)
            throws IOException {
        var buffer = new java.io.StringWriter();
        dataRights.exportOutcomes(practice, buffer); // written whole first, so a failure is a clean error page
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"outcomes-deidentified.csv\"");
        try (var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            out.write(buffer.toString());
        }
    }
}
