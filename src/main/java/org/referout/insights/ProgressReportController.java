package org.referout.insights;

import org.referout.episode.EpisodeId;
import org.referout.pdf.PdfDocument;
import org.referout.practice.CurrentPractice;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /episodes/{id}/report.pdf}: the client progress report. 404 for front desk and for other practices. */
@Controller
class ProgressReportController {

    private final Insights insights;

    ProgressReportController(Insights insights) {
        this.insights = insights;
    }

    @GetMapping("/episodes/{id}/report.pdf")
    ResponseEntity<byte[]> report(CurrentPractice me, @PathVariable long id) {
        return PdfDocument.response(insights.progressReport(me, new EpisodeId(id)), "progress-report-" + id + ".pdf", true);
    }
}
