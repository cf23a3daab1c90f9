package org.referout.insights;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.referout.episode.Score;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The building blocks the practice's PDFs share (the progress report and the whole-record export), so that both
 * read alike: OpenPDF's built-in Helvetica, one heading style, two-column fact tables, dates as "2 Dec 2026".
 */
final class PdfBlocks {

    static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    static final Font BODY = new Font(Font.HELVETICA, 10);
    static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    static final Font SMALL = new Font(Font.HELVETICA, 8);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private PdfBlocks() {
    }

    /** What goes on the pages, between the title lines and the closing note. */
    interface Body {
        void write(Document document) throws DocumentException, IOException;
    }

    /**
     * A US Letter document: the title, a small line under it, the body, then a closing note in small type.
     * {@code what} names the document in the error should writing fail.
     */
    static byte[] render(String metadataTitle, String title, String subtitle, Body body, String closing, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(metadataTitle);
            document.addCreator("ReferOut");
            document.open();
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph(subtitle, SMALL));
            body.write(document);
            document.add(new Paragraph(closing, SMALL));
            document.close();
        }
        catch (DocumentException | IOException e) {
            throw new IllegalStateException("Could not write " + what, e);
        }
        return out.toByteArray();
    }

    /** A PDF answer that is never cached: shown in the browser ({@code inline}) or saved as a file. */
    static ResponseEntity<byte[]> response(byte[] pdf, String filename, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(filename).build();
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .body(pdf);
    }

    static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        return heading;
    }

    static void row(PdfPTable table, String label, String value) {
        table.addCell(new PdfPCell(new Phrase(label, BOLD)));
        table.addCell(new PdfPCell(new Phrase(value == null || value.isBlank() ? "-" : value, BODY)));
    }

    static PdfPTable facts() {
        PdfPTable facts = new PdfPTable(new float[] { 1, 2.5f });
        facts.setWidthPercentage(100);
        return facts;
    }

    static String score(Score score) {
        double value = score.score();
        String number = value % 1 == 0 ? String.valueOf((int) value) : String.format(Locale.ROOT, "%.1f", value);
        return score.measure().labelWithCode() + " " + number;
    }

    static String day(LocalDate date) {
        return date == null ? "-" : DAY.format(date);
    }
}
