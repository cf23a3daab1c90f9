package org.referout.referral;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A small flowing-text writer over PDFBox: headings, wrapped paragraphs and images, with page breaks. Uses the
 * standard Helvetica fonts, so no font files are scanned or cached; characters Helvetica cannot encode become '?'.
 */
final class PdfPages implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream content;
    private float y;

    PdfPages(String title) {
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator("ReferOut");
        newPage();
    }

    PdfPages heading(String text) {
        space(6);
        return lines(text, bold, 14);
    }

    PdfPages subheading(String text) {
        space(4);
        return lines(text, bold, 11);
    }

    PdfPages paragraph(String text) {
        return lines(text, regular, 10);
    }

    PdfPages field(String label, String value) {
        return lines(label + ": " + (value == null || value.isBlank() ? "-" : value), regular, 10);
    }

    PdfPages small(String text) {
        return lines(text, regular, 8);
    }

    PdfPages space(float points) {
        y -= points;
        return this;
    }

    PdfPages image(BufferedImage image, float width) {
        float height = width * image.getHeight() / image.getWidth();
        ensure(height + 8);
        try {
            PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
            y -= height;
            content.drawImage(xobject, MARGIN, y, width, height);
            y -= 8;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    byte[] bytes() {
        try {
            content.close();
            content = null;
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (content != null) {
                content.close();
            }
            document.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfPages lines(String text, PDFont font, float size) {
        for (String paragraph : (text == null ? "" : text).split("\\R")) {
            for (String line : wrap(encodable(paragraph), font, size)) {
                ensure(size * 1.4f);
                try {
                    content.beginText();
                    content.setFont(font, size);
                    content.newLineAtOffset(MARGIN, y - size);
                    content.showText(line);
                    content.endText();
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                y -= size * 1.4f;
            }
        }
        return this;
    }

    private List<String> wrap(String text, PDFont font, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) > WIDTH && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            }
            else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String encodable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                regular.encode(ch);
                out.append(ch);
            }
            catch (IOException | IllegalArgumentException e) {
                out.append(cp == '\t' ? " " : "?");
            }
        });
        return out.toString();
    }

    private void ensure(float height) {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.LETTER.getHeight() - MARGIN;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
