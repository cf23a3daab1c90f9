package org.referout.insights;

import static org.referout.insights.PdfBlocks.BODY;
import static org.referout.insights.PdfBlocks.BOLD;
import static org.referout.insights.PdfBlocks.day;
import static org.referout.insights.PdfBlocks.heading;
import static org.referout.insights.PdfBlocks.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.referout.client.Client;
import org.referout.client.ClientDetails;
import org.referout.episode.Episode;
import org.referout.episode.Technique;
import org.referout.episode.Visit;
import org.referout.episode.VisitNotes;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The client's whole record as a PDF a person can read (C8, the right of access, beside the FHIR Bundle): the
 * client's details, then every episode with its visits, notes and scores, and the referrals made. Same look as
 * the progress report ({@link PdfBlocks}).
 */
final class ClientRecordReport {

    private ClientRecordReport() {
    }

    /** One episode with what happened in it; {@code referrals} are already sentences ("Sent to … on …"). */
    record EpisodePart(Episode episode, String therapist, List<Visit> visits, List<String> referrals) {
    }

    record Content(String practiceName, Client client, List<EpisodePart> episodes, LocalDate printedOn) {
    }

    static byte[] render(Content record) {
        String name = record.client().fullName();
        return PdfBlocks.render("Whole record — " + name, "Whole record of " + name,
                record.practiceName() + " · printed " + day(record.printedOn()), document -> {
                    details(document, record.client());
                    if (record.episodes().isEmpty()) {
                        document.add(heading("Episodes of care"));
                        document.add(new Paragraph("No episodes of care recorded.", BODY));
                    }
                    for (EpisodePart part : record.episodes()) {
                        episode(document, part);
                    }
                }, "Everything the practice keeps about this client in ReferOut. The same record is available as a "
                        + "FHIR Bundle for other software.", "the client's record");
    }

    private static void details(Document document, Client client) throws DocumentException {
        ClientDetails d = client.details();
        document.add(heading("Details"));
        PdfPTable facts = PdfBlocks.facts();
        row(facts, "Name", client.fullName());
        row(facts, "Date of birth", day(d.dateOfBirth()));
        row(facts, "Gender", d.gender());
        row(facts, "Phone", d.phone());
        row(facts, "E-mail", d.email());
        row(facts, "Address", joined(", ", d.addressLine1(), d.addressLine2(), d.city(), d.state(), d.zip(), d.country()));
        row(facts, "Preferred language", d.preferredLanguage());
        row(facts, "Consent to treatment", d.treatmentConsent() && client.treatmentConsentAt() != null
                ? "Given " + day(client.treatmentConsentAt().toLocalDate()) : "Not recorded");
        document.add(facts);
    }

    private static void episode(Document document, EpisodePart part) throws DocumentException {
        Episode episode = part.episode();
        document.add(heading(episode.complaint().label() + ", from " + day(episode.startDate())));
        PdfPTable facts = PdfBlocks.facts();
        row(facts, "Therapist", part.therapist());
        row(facts, "Goals", episode.goals());
        row(facts, "Measure", episode.primaryMeasure().labelWithCode());
        row(facts, "Episode", episode.status().isOpen() ? "in progress"
                : "finished" + (episode.dischargeReason() == null ? "" : " (" + episode.dischargeReason().label().toLowerCase() + ")"));
        row(facts, "Referrals", part.referrals().isEmpty() ? "None" : String.join("\n", part.referrals()));
        document.add(facts);
        int number = 0;
        for (Visit visit : part.visits()) {
            document.add(new Paragraph("Visit " + (++number) + ", " + day(visit.date()) + ", "
                    + visit.durationMinutes() + " min", BOLD));
            List<String> lines = new ArrayList<>();
            if (!visit.techniques().isEmpty()) {
                lines.add("Techniques: " + visit.techniques().stream().map(Technique::label).collect(Collectors.joining(", ")));
            }
            if (!visit.scores().isEmpty()) {
                lines.add("Scores: " + visit.scores().stream().map(PdfBlocks::score).collect(Collectors.joining("; ")));
            }
            lines.addAll(notes(visit.notes()));
            for (String line : lines) {
                document.add(new Paragraph(line, BODY));
            }
        }
    }

    private static List<String> notes(VisitNotes notes) {
        List<String> lines = new ArrayList<>();
        if (notes == null) {
            return lines;
        }
        addIf(lines, "What the client said", notes.subjective());
        addIf(lines, "What the therapist found", notes.objective());
        addIf(lines, "Assessment", notes.assessment());
        addIf(lines, "Plan", notes.plan());
        addIf(lines, "Homework", notes.homework());
        return lines;
    }

    private static void addIf(List<String> lines, String label, String text) {
        if (text != null && !text.isBlank()) {
            lines.add(label + ": " + text);
        }
    }

    private static String joined(String separator, String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(separator));
    }
}
