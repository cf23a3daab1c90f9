package org.referout.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.referout.chart.Graphics2dCanvas;
import org.referout.clinical.Evaluation;
import org.referout.clinical.Reason;
import org.referout.episode.Episode;
import org.referout.episode.Technique;
import org.referout.episode.Visit;
import org.referout.pdf.PdfDocument;
import org.referout.progress.ProgressChart;

/**
 * The client progress report (C7): a PDF for the client or their doctor with the episode summary, the progress
 * chart (progress's own drawing, so the report and the episode page never disagree), every score, and the status
 * in plain words.
 */
final class ProgressReport {

    private ProgressReport() {
    }

    /** What the report shows; {@code chart} is empty before a baseline score exists. */
    record Content(String practiceName, String clientName, Episode episode, List<Visit> visits,
            Optional<Evaluation> evaluation, Optional<ProgressChart.Data> chart, LocalDate printedOn) {
    }

    static byte[] render(Content report) {
        PdfDocument pdf = new PdfDocument("Progress report — " + report.clientName())
            .title("Progress report")
            .small(report.practiceName() + " · printed " + ReportWords.day(report.printedOn()));
        summary(pdf, report);
        status(pdf, report);
        chart(pdf, report);
        scores(pdf, report);
        return pdf.small("This report describes how the client's own ratings changed during massage therapy. It is not "
                + "a diagnosis.").bytes();
    }

    private static void summary(PdfDocument pdf, Content report) {
        Episode episode = report.episode();
        pdf.heading("Summary").add(pdf.facts()
            .row("Client", report.clientName())
            .row("Complaint", episode.complaint().label() + (episode.chronic() ? " (longer than three months)" : ""))
            .row("Started", ReportWords.day(episode.startDate()))
            .row("Visits", String.valueOf(report.visits().size()))
            .row("Measure", episode.primaryMeasure().labelWithCode())
            .row("Techniques", report.visits().stream().flatMap(v -> v.techniques().stream()).distinct()
                .map(Technique::label).collect(Collectors.joining(", ")))
            .row("Episode", switch (episode.status()) {
                case ACTIVE -> "in progress";
                case DISCHARGED -> "finished (" + episode.dischargeReason().label().toLowerCase() + ")";
                case REFERRED_OUT -> "referred to another provider";
            }));
    }

    private static void status(PdfDocument pdf, Content report) {
        pdf.heading("Where things stand");
        if (report.evaluation().isEmpty()) {
            pdf.paragraph("There are not yet enough scores to say how things are going.");
            return;
        }
        Evaluation evaluation = report.evaluation().get();
        pdf.bold("Status: " + StatusWords.of(evaluation.status()));
        for (Reason reason : evaluation.reasons()) {
            pdf.paragraph(reason.text());
        }
    }

    private static void chart(PdfDocument pdf, Content report) {
        report.chart().ifPresent(chart -> pdf.heading("Progress chart").drawing(ProgressChart.WIDTH,
                ProgressChart.HEIGHT, 516, 260, g -> ProgressChart.draw(new Graphics2dCanvas(g), chart)));
    }

    private static void scores(PdfDocument pdf, Content report) {
        PdfDocument.Table table = pdf.heading("Scores at each visit").table(new float[] { 0.6f, 1.2f, 3 }, "Visit",
                "Date", "Scores");
        int number = 0;
        for (Visit visit : report.visits()) {
            table.row(String.valueOf(++number), ReportWords.day(visit.date()), visit.scores().stream()
                .map(ReportWords::score).collect(Collectors.joining("; ")));
        }
        pdf.add(table);
    }
}
