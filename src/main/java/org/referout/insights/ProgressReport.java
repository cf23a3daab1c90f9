package org.referout.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.referout.clinical.Evaluation;
import org.referout.clinical.Reason;
import org.referout.episode.Episode;
import org.referout.episode.Technique;
import org.referout.episode.Visit;

import static org.referout.insights.PdfBlocks.BODY;
import static org.referout.insights.PdfBlocks.BOLD;
import static org.referout.insights.PdfBlocks.SMALL;
import static org.referout.insights.PdfBlocks.heading;
import static org.referout.insights.PdfBlocks.row;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The client progress report (C7): a PDF for the client or their doctor with the episode summary, the progress
 * chart (progress's own drawing, so the report and the episode page never disagree), every score, and the status
 * in plain words. OpenPDF with its built-in Helvetica: no font files to scan.
 */
final class ProgressReport {

    private ProgressReport() {
    }

    /** What the report shows; {@code chartPng} is empty before a baseline score exists. */
    record Content(String practiceName, String clientName, Episode episode, List<Visit> visits,
            Optional<Evaluation> evaluation, Optional<byte[]> chartPng, LocalDate printedOn) {
    }

    static byte[] render(Content report) {
        return PdfBlocks.render("Progress report — " + report.clientName(), "Progress report",
                report.practiceName() + " · printed " + PdfBlocks.day(report.printedOn()), document -> {
                    summary(document, report);
                    status(document, report);
                    chart(document, report);
                    scores(document, report);
                }, "This report describes how the client's own ratings changed during massage therapy. It is not a "
                        + "diagnosis.", "the progress report");
    }

    private static void summary(Document document, Content report) throws DocumentException {
        Episode episode = report.episode();
        document.add(heading("Summary"));
        PdfPTable facts = PdfBlocks.facts();
        row(facts, "Client", report.clientName());
        row(facts, "Complaint", episode.complaint().label() + (episode.chronic() ? " (longer than three months)" : ""));
        row(facts, "Started", PdfBlocks.day(episode.startDate()));
        row(facts, "Visits", String.valueOf(report.visits().size()));
        row(facts, "Measure", episode.primaryMeasure().labelWithCode());
        row(facts, "Techniques", report.visits().stream().flatMap(v -> v.techniques().stream()).distinct()
            .map(Technique::label).collect(Collectors.joining(", ")));
        row(facts, "Episode", switch (episode.status()) {
            case ACTIVE -> "in progress";
            case DISCHARGED -> "finished (" + episode.dischargeReason().label().toLowerCase() + ")";
            case REFERRED_OUT -> "referred to another provider";
        });
        document.add(facts);
    }

    private static void status(Document document, Content report) throws DocumentException {
        document.add(heading("Where things stand"));
        if (report.evaluation().isEmpty()) {
            document.add(new Paragraph("There are not yet enough scores to say how things are going.", BODY));
            return;
        }
        Evaluation evaluation = report.evaluation().get();
        document.add(new Paragraph("Status: " + StatusWords.of(evaluation.status()), BOLD));
        for (Reason reason : evaluation.reasons()) {
            document.add(new Paragraph(reason.text(), BODY));
        }
    }

    private static void chart(Document document, Content report) throws DocumentException, java.io.IOException {
        if (report.chartPng().isEmpty()) {
            return;
        }
        document.add(heading("Progress chart"));
        Image image = Image.getInstance(report.chartPng().get());
        image.scaleToFit(PageSize.LETTER.getWidth() - 96, 260);
        image.setAlignment(Element.ALIGN_CENTER);
        document.add(image);
    }

    private static void scores(Document document, Content report) throws DocumentException {
        document.add(heading("Scores at each visit"));
        PdfPTable table = new PdfPTable(new float[] { 0.6f, 1.2f, 3 });
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : new String[] { "Visit", "Date", "Scores" }) {
            table.addCell(new PdfPCell(new Phrase(header, BOLD)));
        }
        int number = 0;
        for (Visit visit : report.visits()) {
            table.addCell(new Phrase(String.valueOf(++number), BODY));
            table.addCell(new Phrase(PdfBlocks.day(visit.date()), BODY));
            table.addCell(new Phrase(visit.scores().isEmpty() ? "-" : visit.scores().stream()
                .map(PdfBlocks::score).collect(Collectors.joining("; ")), BODY));
        }
        document.add(table);
    }

}
