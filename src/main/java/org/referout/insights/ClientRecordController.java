package org.referout.insights;

import org.referout.client.ClientId;
import org.referout.pdf.PdfDocument;
import org.referout.practice.CurrentPractice;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /clients/{id}/record.pdf}: the whole record, readable. 404 for front desk and for other practices. */
@Controller
class ClientRecordController {

    private final Insights insights;

    ClientRecordController(Insights insights) {
        this.insights = insights;
    }

    @GetMapping("/clients/{id}/record.pdf")
    ResponseEntity<byte[]> record(CurrentPractice me, @PathVariable long id) {
        return PdfDocument.response(insights.clientRecord(me, new ClientId(id)), "client-record-" + id + ".pdf", false);
    }
}
