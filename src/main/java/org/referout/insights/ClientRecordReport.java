package org.referout.insights;

import static org.referout.insights.ReportWords.day;

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
import org.referout.pdf.PdfDocument;

/**
 * The client's whole record as a PDF a person can read (C8, the right of access, beside the FHIR Bundle): the
 * client's details, then every episode with its visits, notes and scores, and the referrals made. Same look as
 * the progress report (both are a {@link PdfDocument}).
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
        PdfDocument pdf = new PdfDocument("Whole record — " + name)
            .title("Whole record of " + name)
            .small(record.practiceName() + " · printed " + day(record.printedOn()));
        details(pdf, record.client());
        if (record.episodes().isEmpty()) {
            pdf.heading("Episodes of care").paragraph("No episodes of care recorded.");
        }
        for (EpisodePart part : record.episodes()) {
            episode(pdf, part);
        }
        return pdf.small("Everything the practice keeps about this client in ReferOut. The same record is available "
                + "as a FHIR Bundle for other software.").bytes();
    }

    private static void details(PdfDocument pdf, Client client) {
        ClientDetails d = client.details();
        pdf.heading("Details").add(pdf.facts()
            .row("Name", client.fullName())
            .row("Date of birth", day(d.dateOfBirth()))
            .row("Gender", d.gender())
            .row("Phone", d.phone())
            .row("E-mail", d.email())
            .row("Address", joined(", ", d.addressLine1(), d.addressLine2(), d.city(), d.state(), d.zip(), d.country()))
            .row("Preferred language", d.preferredLanguage())
            .row("Consent to treatment", d.treatmentConsent() && client.treatmentConsentAt() != null
                    ? "Given " + day(client.treatmentConsentAt().toLocalDate()) : "Not recorded"));
    }

    private static void episode(PdfDocument pdf, EpisodePart part) {
        Episode episode = part.episode();
        pdf.heading(episode.complaint().label() + ", from " + day(episode.startDate())).add(pdf.facts()
            .row("Therapist", part.therapist())
            .row("Goals", episode.goals())
            .row("Measure", episode.primaryMeasure().labelWithCode())
            .row("Episode", episode.status().isOpen() ? "in progress"
                    : "finished" + (episode.dischargeReason() == null ? "" : " (" + episode.dischargeReason().label().toLowerCase() + ")"))
            .row("Referrals", part.referrals().isEmpty() ? "None" : String.join("\n", part.referrals())));
        int number = 0;
        for (Visit visit : part.visits()) {
            pdf.bold("Visit " + (++number) + ", " + day(visit.date()) + ", " + visit.durationMinutes() + " min");
            List<String> lines = new ArrayList<>();
            if (!visit.techniques().isEmpty()) {
                lines.add("Techniques: " + visit.techniques().stream().map(Technique::label).collect(Collectors.joining(", ")));
            }
            if (!visit.scores().isEmpty()) {
                lines.add("Scores: " + visit.scores().stream().map(ReportWords::score).collect(Collectors.joining("; ")));
            }
            lines.addAll(notes(visit.notes()));
            lines.forEach(pdf::paragraph);
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
