package org.referout.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The same drawing on a {@link Graphics2D}: in practice the vector graphics of a PDF page (the pdf module's
 * {@code PdfDocument.drawing}). Only translates: the chart's shapes, sizes and colours are decided by the chart.
 */
public final class Graphics2dCanvas implements Canvas {

    private final Graphics2D g;

    public Graphics2dCanvas(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    @Override
    public Canvas line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        g.setColor(Color.decode(stroke));
        g.setStroke(stroke(width, dash, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
        return this;
    }

    @Override
    public Canvas polyline(double[] points, String stroke, double width, String dash) {
        g.setColor(Color.decode(stroke));
        g.setStroke(stroke(width, dash, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path(points, false));
        return this;
    }

    @Override
    public Canvas polygon(double[] points, String fill, double fillOpacity, String stroke, double width) {
        Path2D shape = path(points, true);
        Color colour = Color.decode(fill);
        g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), (int) Math.round(fillOpacity * 255)));
        g.fill(shape);
        g.setColor(Color.decode(stroke));
        g.setStroke(stroke(width, null, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(shape);
        return this;
    }

    @Override
    public Canvas rect(double x, double y, double width, double height, String fill) {
        g.setColor(Color.decode(fill));
        g.fill(new Rectangle2D.Double(x, y, width, height));
        return this;
    }

    @Override
    public Canvas circle(double x, double y, double r, String fill) {
        g.setColor(Color.decode(fill));
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        return this;
    }

    @Override
    public Canvas text(double x, double y, String text, String anchor, String fill, double size) {
        g.setColor(Color.decode(fill));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(size)));
        double width = g.getFontMetrics().stringWidth(text);
        double left = switch (anchor) {
            case "middle" -> x - width / 2;
            case "end" -> x - width;
            default -> x;
        };
        g.drawString(text, (float) left, (float) y);
        return this;
    }

    private static Stroke stroke(double width, String dash, int cap, int join) {
        if (dash == null || dash.isBlank()) {
            return new BasicStroke((float) width, cap, join);
        }
        String[] parts = dash.trim().split("[ ,]+");
        float[] pattern = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            pattern[i] = Float.parseFloat(parts[i]);
        }
        return new BasicStroke((float) width, cap, join, 10f, pattern, 0f);
    }

    private static Path2D path(double[] points, boolean closed) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i + 1 < points.length; i += 2) {
            if (i == 0) {
                path.moveTo(points[i], points[i + 1]);
            }
            else {
                path.lineTo(points[i], points[i + 1]);
            }
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }
}
