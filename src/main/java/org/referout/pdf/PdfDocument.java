package org.referout.pdf;

import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * One PDF being written, top to bottom: {@code new PdfDocument(title)}, then titles, headings, paragraphs, tables
 * and drawings, then {@link #bytes()}. OpenPDF wraps the text and starts new pages. Not thread-safe; one per
 * document.
 */
public final class PdfDocument {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font SUBHEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);
    private static final float MARGIN = 48;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.LETTER, MARGIN, MARGIN, MARGIN, MARGIN);
    private final PdfWriter writer;
    private final String title;

    /** {@code title} is the document's metadata title (what a PDF viewer shows in its title bar). */
    public PdfDocument(String title) {
        this.title = title;
        writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("ReferOut");
        document.open();
    }

    /** The large title at the top. */
    public PdfDocument title(String text) {
        return add(new Paragraph(text, TITLE));
    }

    public PdfDocument heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        return add(heading);
    }

    public PdfDocument subheading(String text) {
        Paragraph heading = new Paragraph(text, SUBHEADING);
        heading.setSpacingBefore(8);
        heading.setSpacingAfter(2);
        return add(heading);
    }

    /** Body text; a line break in {@code text} starts a new line. */
    public PdfDocument paragraph(String text) {
        return add(new Paragraph(text == null ? "" : text, BODY));
    }

    public PdfDocument bold(String text) {
        return add(new Paragraph(text, BOLD));
    }

    public PdfDocument small(String text) {
        return add(new Paragraph(text, SMALL));
    }

    /** "Label: value" on one line, the label in bold; a missing value is shown as "-". */
    public PdfDocument field(String label, String value) {
        Paragraph field = new Paragraph();
        field.add(new Chunk(label + ": ", BOLD));
        field.add(new Chunk(value == null || value.isBlank() ? "-" : value, BODY));
        return add(field);
    }

    public PdfDocument space(float points) {
        Paragraph gap = new Paragraph(" ", new Font(Font.HELVETICA, 1));
        gap.setSpacingAfter(points);
        return add(gap);
    }

    /** A two-column table of label and value, the labels in bold: the facts at the top of a report. */
    public Table facts() {
        return new Table(new float[] { 1, 2.5f }, true);
    }

    /** A full-width table with a header row repeated on every page; {@code widths} are relative. */
    public Table table(float[] widths, String... headers) {
        Table table = new Table(widths, false);
        table.pdf.setHeaderRows(1);
        for (String header : headers) {
            table.pdf.addCell(new PdfPCell(new Phrase(header, BOLD)));
        }
        return table;
    }

    public PdfDocument add(Table table) {
        return add(table.pdf);
    }

    /**
     * A drawing of {@code width} × {@code height} units, made by {@code draw} on a Graphics2D that writes vector
     * graphics into the page, centred and scaled to fit {@code maxWidth} × {@code maxHeight} points.
     */
    public PdfDocument drawing(float width, float height, float maxWidth, float maxHeight, Consumer<Graphics2D> draw) {
        PdfContentByte content = writer.getDirectContent();
        PdfTemplate template = content.createTemplate(width, height);
        // text as outlines: PdfGraphics2D would otherwise space Helvetica out to the AWT font's widths
        Graphics2D g = template.createGraphicsShapes(width, height);
        try {
            draw.accept(g);
        }
        finally {
            g.dispose();
        }
        Image image = Image.getInstance(template);
        image.scaleToFit(maxWidth, maxHeight);
        image.setAlignment(Element.ALIGN_CENTER);
        return add(image);
    }

    /** The finished document. */
    public byte[] bytes() {
        document.close();
        return out.toByteArray();
    }

    /** A PDF answer that is never cached: shown in the browser ({@code inline}) or saved as a file. */
    public static ResponseEntity<byte[]> response(byte[] pdf, String filename, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(filename).build();
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .body(pdf);
    }

    private PdfDocument add(Element element) {
        try {
            document.add(element);
        }
        catch (DocumentException e) {
            throw new IllegalStateException("Could not write the PDF \"" + title + "\"", e);
        }
        return this;
    }

    /** Rows of a table being built; add it with {@link PdfDocument#add(Table)}. */
    public static final class Table {

        private final PdfPTable pdf;
        private final boolean boldFirst;

        private Table(float[] widths, boolean boldFirst) {
            this.pdf = new PdfPTable(widths);
            this.pdf.setWidthPercentage(100);
            this.boldFirst = boldFirst;
        }

        /** One row; a missing or blank cell is shown as "-". */
        public Table row(String... cells) {
            for (int i = 0; i < cells.length; i++) {
                String text = cells[i] == null || cells[i].isBlank() ? "-" : cells[i];
                pdf.addCell(new PdfPCell(new Phrase(text, boldFirst && i == 0 ? BOLD : BODY)));
            }
            return this;
        }
    }
}
