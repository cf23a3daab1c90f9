package org.referout.referral;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.referout.chart.Graphics2dCanvas;
import org.referout.pdf.PdfDocument;
import org.referout.practice.Practice;
import org.referout.progress.ProgressChart;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The referral letter (for one recipient: only the data the client agreed to share with them, the chart, and their
 * secure link) and the client handout (who, why, what to bring, how to book). The letter never carries the
 * verification code: the code reaches the recipient in its own e-mail (see ReferralMail), so the letter, wherever
 * it travels, is not enough to open the referral.
 */
@Component
class ReferralDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final String baseUrl;

    ReferralDocuments(@Value("${referout.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    byte[] letter(Practice practice, String senderName, Referral referral, Addressee addressee,
            Referrals.LinkCredentials credentials) {
        EpisodeSummary summary = referral.summary();
        DataShared shares = addressee.consent() == null ? DataShared.nothing() : addressee.consent().shares();
        PdfDocument pdf = new PdfDocument("Referral letter");
        letterhead(pdf, practice);
        pdf.heading("Referral to " + addressee.recipient().displayName());
        if (addressee.recipient().providerType() != null) {
            pdf.paragraph(addressee.recipient().providerType());
        }
        pdf.space(6)
            .field("Client", summary.clientName())
            .field("Date of birth", summary.clientBirthDate() == null ? null : DATE.format(summary.clientBirthDate()))
            .field("Urgency", referral.urgency().label())
            .field("Referred by", senderName + ", " + practice.name())
            .field("Date", DATE.format((referral.sentAt() == null ? referral.createdAt() : referral.sentAt())));
        if (shares.contact() && summary.hasContact()) {
            pdf.field("Client's phone", summary.clientPhone())
                .field("Client's e-mail", summary.clientEmail())
                .field("Client's address", summary.clientAddress());
        }
        pdf.subheading("Reason for referral").paragraph(referral.reason());
        if (referral.question() != null) {
            pdf.subheading("Question for you").paragraph(referral.question());
        }
        if (shares.summary()) {
            pdf.subheading("Episode of care")
                .field("Complaint", summary.complaint())
                .field("Since", summary.startDate() == null ? null : DATE.format(summary.startDate()))
                .field("Visits", Integer.toString(summary.visits()))
                .field("Techniques tried", String.join(", ", summary.techniques()))
                .field("Client's goals", summary.goals());
        }
        if (shares.scores()) {
            pdf.subheading("Outcome scores").paragraph(summary.scoreLine());
            if (!summary.scores().isEmpty()) {
                ProgressChart.Data chart = chartData(summary);
                pdf.drawing(ProgressChart.WIDTH, ProgressChart.HEIGHT, 440, 220,
                        g -> ProgressChart.draw(new Graphics2dCanvas(g), chart));
            }
        }
        if (shares.notes() && !summary.notes().isEmpty()) {
            pdf.subheading("Recent assessment notes");
            summary.notes().forEach(pdf::paragraph);
        }
        if (shares.redFlags()) {
            pdf.subheading("Red-flag screen").paragraph(summary.redFlags().isEmpty()
                    ? "No red-flag answers recorded." : String.join("; ", summary.redFlags()));
        }
        pdf.subheading("Answer this referral (no account needed)");
        if (credentials == null) {
            pdf.paragraph("The secure link is issued when the referral is sent.");
        }
        else {
            pdf.field("Secure link", baseUrl + credentials.path())
                .field("Verification code", "e-mailed to you on its own, separately from the link (or ask "
                        + practice.name() + " by phone)")
                .field("Link valid until", DATE.format(credentials.expiresAt()));
            pdf.small("Open the link, enter the code, then accept or decline, give the appointment date, and "
                    + "report back after seeing the client. The link shows this referral only.");
        }
        if (addressee.consent() != null) {
            Consent consent = addressee.consent();
            pdf.space(6).small("Consent: " + consent.givenBy() + " agreed on " + DATE.format(consent.givenAt())
                    + " (" + consent.method().label().toLowerCase(Locale.ROOT) + ") to share "
                    + consent.shares().describe() + " with " + addressee.recipient().displayName() + " only.");
        }
        return pdf.bytes();
    }

    byte[] handout(Practice practice, Referral referral, List<Addressee> addressees) {
        PdfDocument pdf = new PdfDocument("Your referral");
        letterhead(pdf, practice);
        pdf.heading("Your referral, " + referral.summary().clientFirstName());
        pdf.subheading("Why");
        pdf.paragraph("We have not seen the progress we hoped for with massage alone, and another professional may"
                + " help. This is good care, not a failure: " + referral.reason());
        if (referral.urgency() != Urgency.ROUTINE) {
            pdf.paragraph(referral.urgency() == Urgency.EMERGENCY
                    ? "Please seek emergency care now (call 911 or go to the nearest emergency department)."
                    : "Please book within the next few days.");
        }
        pdf.subheading("Who");
        for (Addressee addressee : addressees) {
            Recipient r = addressee.recipient();
            pdf.paragraph(r.displayName() + (r.providerType() == null ? "" : " - " + r.providerType()));
            if (r.phone() != null) {
                pdf.field("  Phone", r.phone());
            }
            if (r.email() != null) {
                pdf.field("  E-mail", r.email());
            }
            if (r.address() != null) {
                pdf.field("  Address", r.address());
            }
        }
        pdf.subheading("How to book");
        pdf.paragraph("Call or e-mail them and say that " + practice.name() + " referred you. We have sent them"
                + " a referral letter with the information you agreed to share.");
        pdf.subheading("What to bring");
        pdf.paragraph("- this handout and a photo ID\n- your insurance card, if you have one\n"
                + "- a list of your medicines\n- any imaging or test results you have\n"
                + "- notes on when the pain is better or worse");
        pdf.subheading("Afterwards");
        pdf.paragraph("We may e-mail you a short question: did you book, were you seen, did it help? Your answer"
                + " helps us refer the next person well.");
        return pdf.bytes();
    }

    /** The progress module's chart, from the scores the referral carries (the snapshot, not today's record). */
    static String chartSvg(EpisodeSummary summary) {
        return ProgressChart.svg(chartData(summary));
    }

    private static ProgressChart.Data chartData(EpisodeSummary summary) {
        boolean higherIsBetter = summary.measure().startsWith("Activities");
        return new ProgressChart.Data(summary.measure(), 0, 10, higherIsBetter,
                summary.scores().stream().map(p -> new ProgressChart.Point(p.visit(), p.value())).toList(),
                List.of(), null, List.of());
    }

    private static void letterhead(PdfDocument pdf, Practice practice) {
        pdf.heading(practice.name());
        if (practice.letterhead() != null && !practice.letterhead().isBlank()) {
            pdf.small(practice.letterhead());
        }
        pdf.space(8);
    }
}
