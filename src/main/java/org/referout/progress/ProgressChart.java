package org.referout.progress;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * The progress chart of C3: an episode's scores over visits, the expected band (R4.3: how clients like this who
 * got better had improved by each visit), the line of an important improvement (R2) and markers where alerts
 * fired. One Java2D drawing serves both outputs, so the page (SVG) and the PDFs (PNG, or the SVG) never drift
 * apart. Public so that referral letters and progress reports reuse it: build a {@link Data} and call
 * {@link #svg} or {@link #png}. Stateless and thread-safe.
 */
public final class ProgressChart {

    /** One score of the primary measure at visit number {@code visit} (1 = baseline). */
    public record Point(int visit, double score) {
    }

    /** The expected band at a visit, already in score units (low ≤ high on the measure's own scale). */
    public record Band(int visit, double low, double high) {
    }

    /** Where an alert fired; {@code level} is AMBER or RED. */
    public record Marker(int visit, String level) {
    }

    /**
     * What to draw. {@code importantLine} is the score an important improvement from the baseline reaches (null
     * when none can, R2 "no room"); {@code higherIsBetter} only words the text alternative.
     */
    public record Data(String measureLabel, double yMin, double yMax, boolean higherIsBetter, List<Point> scores,
            List<Band> expected, Double importantLine, List<Marker> alerts) {

        public Data {
            scores = List.copyOf(scores);
            expected = List.copyOf(expected);
            alerts = List.copyOf(alerts);
        }

        /** The text alternative as rows, one per visit shown: for the table beside the chart. */
        public List<Row> rows() {
            List<Row> rows = new ArrayList<>();
            for (int visit = 1; visit <= lastVisit(); visit++) {
                int k = visit;
                Double score = scores.stream().filter(p -> p.visit() == k).map(Point::score).findFirst().orElse(null);
                Optional<Band> band = expected.stream().filter(b -> b.visit() == k).findFirst();
                String alert = alerts.stream().filter(m -> m.visit() == k).map(Marker::level).findFirst().orElse(null);
                if (score != null || band.isPresent() || alert != null) {
                    rows.add(new Row(visit, score, band.map(Band::low).orElse(null), band.map(Band::high).orElse(null),
                            alert));
                }
            }
            return rows;
        }

        /** The last visit number on the x axis: two past the last score, so the band ahead is visible. */
        int lastVisit() {
            int lastScore = scores.stream().mapToInt(Point::visit).max().orElse(1);
            int lastBand = expected.stream().mapToInt(Band::visit).max().orElse(0);
            return Math.max(4, Math.min(lastScore + 2, Math.max(lastScore, lastBand)));
        }
    }

    /** One line of the text alternative. Nulls where there is nothing for that visit. */
    public record Row(int visit, Double score, Double expectedLow, Double expectedHigh, String alert) {

        public String scoreText() {
            return score == null ? "—" : number(score);
        }

        public String expectedText() {
            return expectedLow == null ? "—" : number(expectedLow) + "–" + number(expectedHigh);
        }
    }

    static final int WIDTH = 720;
    static final int HEIGHT = 360;
    private static final int LEFT = 56;
    private static final int RIGHT = 24;
    private static final int TOP = 20;
    private static final int BOTTOM = 52;

    private static final Color INK = new Color(0x1b1f23);
    private static final Color GRID = new Color(0xdde2e7);
    private static final Color BAND = new Color(0x1e6b34);
    private static final Color LINE = new Color(0x0a4fa3);
    private static final Color AMBER = new Color(0x8a5300);
    private static final Color RED = new Color(0xb3261e);

    private ProgressChart() {
    }

    /** An accessible inline SVG: {@code role="img"} labelled by its {@code <title>} and {@code <desc>}. */
    public static String svg(Data data) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix("progress-chart-");
        draw(g, data, true);
        String element = g.getSVGElement("progress-chart", false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
        int close = element.indexOf('>');
        return element.substring(0, close)
                + " role=\"img\" aria-labelledby=\"progress-chart-title progress-chart-desc\" class=\"progress-chart\">"
                + "<title id=\"progress-chart-title\">" + escape(title(data)) + "</title>"
                + "<desc id=\"progress-chart-desc\">" + escape(description(data)) + "</desc>"
                + element.substring(close + 1);
    }

    /** A PNG for PDFs, drawn {@code scale} times the SVG's size (2 reads well in print). */
    public static byte[] png(Data data, int scale) {
        BufferedImage image = new BufferedImage(WIDTH * scale, HEIGHT * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            draw(g, data, false);
        }
        finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The chart's short name, e.g. "Pain (NPRS) over 5 visits". */
    public static String title(Data data) {
        return data.measureLabel() + " over " + data.scores().size() + (data.scores().size() == 1 ? " visit" : " visits");
    }

    /** Everything the chart shows, in words (the SVG's {@code <desc>}). */
    public static String description(Data data) {
        StringBuilder text = new StringBuilder();
        text.append(data.higherIsBetter() ? "Higher is better. " : "Lower is better. ");
        text.append("Scores by visit: ");
        for (int i = 0; i < data.scores().size(); i++) {
            Point p = data.scores().get(i);
            text.append(i == 0 ? "" : ", ").append("visit ").append(p.visit()).append(": ").append(number(p.score()));
        }
        text.append(". ");
        if (data.expected().isEmpty()) {
            text.append("No expected band yet: too few similar finished episodes. ");
        }
        else {
            text.append("Expected band (how similar clients who got better had scored): ");
            for (int i = 0; i < data.expected().size(); i++) {
                Band b = data.expected().get(i);
                text.append(i == 0 ? "" : ", ").append("visit ").append(b.visit()).append(": ").append(number(b.low()))
                    .append(" to ").append(number(b.high()));
            }
            text.append(". ");
        }
        if (data.importantLine() != null) {
            text.append("An important improvement is reached at ").append(number(data.importantLine())).append(". ");
        }
        if (!data.alerts().isEmpty()) {
            text.append("Alerts at ");
            for (int i = 0; i < data.alerts().size(); i++) {
                Marker m = data.alerts().get(i);
                text.append(i == 0 ? "" : ", ").append("visit ").append(m.visit()).append(" (")
                    .append(m.level().equals("RED") ? "refer" : "review").append(")");
            }
            text.append(".");
        }
        return text.toString().strip();
    }

    private static void draw(Graphics2D g, Data data, boolean svg) {
        Frame frame = new Frame(data);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        axes(g, data, frame);
        group(g, svg, "expected-band");
        band(g, data, frame);
        endGroup(g, svg);
        if (data.importantLine() != null && data.importantLine() >= data.yMin() && data.importantLine() <= data.yMax()) {
            group(g, svg, "important-line");
            g.setColor(INK);
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f));
            double y = frame.y(data.importantLine());
            g.draw(new Line2D.Double(LEFT, y, WIDTH - RIGHT, y));
            g.setFont(font(11));
            g.drawString("important improvement", WIDTH - RIGHT - 140, (float) y - 4);
            endGroup(g, svg);
        }
        group(g, svg, "alert-markers");
        markers(g, data, frame);
        endGroup(g, svg);
        group(g, svg, "scores");
        scores(g, data, frame);
        endGroup(g, svg);
    }

    private static void axes(Graphics2D g, Data data, Frame frame) {
        g.setFont(font(12));
        g.setStroke(new BasicStroke(1f));
        double step = data.yMax() - data.yMin() > 12 ? 2 : 1;
        for (double v = data.yMin(); v <= data.yMax() + 1e-9; v += step) {
            double y = frame.y(v);
            g.setColor(GRID);
            g.draw(new Line2D.Double(LEFT, y, WIDTH - RIGHT, y));
            g.setColor(INK);
            g.drawString(number(v), LEFT - 28, (float) y + 4);
        }
        for (int visit = 1; visit <= frame.lastVisit; visit++) {
            g.drawString(Integer.toString(visit), (float) frame.x(visit) - 4, HEIGHT - BOTTOM + 18);
        }
        g.drawString("Visit", WIDTH / 2f - 14, HEIGHT - 12);
        g.drawString(data.measureLabel(), 8, TOP - 4 < 12 ? 14 : TOP - 4);
        g.draw(new Line2D.Double(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM));
    }

    private static void band(Graphics2D g, Data data, Frame frame) {
        List<Band> shown = data.expected().stream().filter(b -> b.visit() <= frame.lastVisit).toList();
        if (shown.isEmpty()) {
            return;
        }
        Path2D area = new Path2D.Double();
        double half = shown.size() == 1 ? frame.xStep() / 4 : 0;
        for (int i = 0; i < shown.size(); i++) {
            Band b = shown.get(i);
            double x = frame.x(b.visit()) - half;
            if (i == 0) {
                area.moveTo(x, frame.y(frame.clip(b.high())));
            }
            else {
                area.lineTo(x, frame.y(frame.clip(b.high())));
            }
        }
        if (half > 0) {
            area.lineTo(frame.x(shown.get(0).visit()) + half, frame.y(frame.clip(shown.get(0).high())));
            area.lineTo(frame.x(shown.get(0).visit()) + half, frame.y(frame.clip(shown.get(0).low())));
        }
        for (int i = shown.size() - 1; i >= 0; i--) {
            Band b = shown.get(i);
            area.lineTo(frame.x(b.visit()) - half, frame.y(frame.clip(b.low())));
        }
        area.closePath();
        g.setColor(new Color(BAND.getRed(), BAND.getGreen(), BAND.getBlue(), 56));
        g.fill(area);
        g.setColor(BAND);
        g.setStroke(new BasicStroke(1f));
        g.draw(area);
    }

    private static void markers(Graphics2D g, Data data, Frame frame) {
        for (Marker marker : data.alerts()) {
            Color colour = "RED".equals(marker.level()) ? RED : AMBER;
            double x = frame.x(marker.visit());
            g.setColor(colour);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 3f, 3f }, 0f));
            g.draw(new Line2D.Double(x, TOP, x, HEIGHT - BOTTOM));
            Path2D triangle = new Path2D.Double();
            triangle.moveTo(x - 7, TOP);
            triangle.lineTo(x + 7, TOP);
            triangle.lineTo(x, TOP + 11);
            triangle.closePath();
            g.fill(triangle);
        }
    }

    private static void scores(Graphics2D g, Data data, Frame frame) {
        g.setColor(LINE);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D line = new Path2D.Double();
        for (int i = 0; i < data.scores().size(); i++) {
            Point p = data.scores().get(i);
            if (i == 0) {
                line.moveTo(frame.x(p.visit()), frame.y(p.score()));
            }
            else {
                line.lineTo(frame.x(p.visit()), frame.y(p.score()));
            }
        }
        g.draw(line);
        for (Point p : data.scores()) {
            g.fill(new Ellipse2D.Double(frame.x(p.visit()) - 5, frame.y(p.score()) - 5, 10, 10));
        }
    }

    private static void group(Graphics2D g, boolean svg, String id) {
        if (svg) {
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("id", "progress-chart-" + id, "class", id));
        }
    }

    private static void endGroup(Graphics2D g, boolean svg) {
        if (svg) {
            g.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
        }
    }

    private static Font font(int size) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }

    static String number(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Maps visits and scores to pixels. */
    private static final class Frame {

        final double yMin;
        final double yMax;
        final int lastVisit;

        Frame(Data data) {
            this.yMin = data.yMin();
            this.yMax = data.yMax();
            this.lastVisit = data.lastVisit();
        }

        double xStep() {
            return (WIDTH - LEFT - RIGHT - 20.0) / Math.max(1, lastVisit - 1);
        }

        double x(int visit) {
            return LEFT + 10 + (visit - 1) * xStep();
        }

        double y(double score) {
            return TOP + 14 + (yMax - score) / (yMax - yMin) * (HEIGHT - TOP - 14 - BOTTOM);
        }

        double clip(double score) {
            return Math.max(yMin, Math.min(yMax, score));
        }
    }
}
