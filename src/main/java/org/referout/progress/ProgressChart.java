package org.referout.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.referout.chart.Canvas;
import org.referout.chart.Svg;

/**
 * The progress chart of C3: an episode's scores over visits, the expected band (R4.3: how clients like this who
 * got better had improved by each visit), the line of an important improvement (R2) and markers where alerts
 * fired. One drawing on a {@link Canvas} serves both outputs, so the page (SVG) and the PDFs (vector graphics)
 * never drift apart. Public so that referral letters and progress reports reuse it: build a {@link Data} and call
 * {@link #svg} or {@link #draw}. Stateless and thread-safe.
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

    public static final int WIDTH = 720;
    public static final int HEIGHT = 360;
    private static final int LEFT = 56;
    private static final int RIGHT = 24;
    private static final int TOP = 20;
    private static final int BOTTOM = 52;

    private static final String INK = "#1b1f23";
    private static final String GRID = "#dde2e7";
    private static final String BAND = "#1e6b34";
    private static final String LINE = "#0a4fa3";
    private static final String AMBER = "#8a5300";
    private static final String RED = "#b3261e";

    private ProgressChart() {
    }

    /** An accessible inline SVG: {@code role="img"} labelled by its {@code <title>} and {@code <desc>}. */
    public static String svg(Data data) {
        Svg svg = Svg.fluid("progress-chart", WIDTH, HEIGHT, title(data), description(data));
        draw(svg, data);
        return svg.toString();
    }

    /**
     * The chart on any canvas, {@link #WIDTH} × {@link #HEIGHT} units: the page's SVG above, and the PDFs' vector
     * drawing (referral letters, progress reports) through {@link org.referout.chart.Graphics2dCanvas}.
     */
    public static void draw(Canvas canvas, Data data) {
        Frame frame = new Frame(data);
        canvas.rect(0, 0, WIDTH, HEIGHT, "#ffffff");
        axes(canvas, data, frame);
        canvas.begin("progress-chart-expected-band");
        band(canvas, data, frame);
        canvas.end();
        if (data.importantLine() != null && data.importantLine() >= data.yMin() && data.importantLine() <= data.yMax()) {
            double y = frame.y(data.importantLine());
            canvas.begin("progress-chart-important-line")
                .line(LEFT, y, WIDTH - RIGHT, y, INK, 1.5, "6 4")
                .text(WIDTH - RIGHT - 140, y - 4, "important improvement", "start", INK, 11)
                .end();
        }
        canvas.begin("progress-chart-alert-markers");
        for (Marker marker : data.alerts()) {
            String colour = "RED".equals(marker.level()) ? RED : AMBER;
            double x = frame.x(marker.visit());
            canvas.line(x, TOP, x, HEIGHT - BOTTOM, colour, 2, "3 3")
                .polygon(new double[] { x - 7, TOP, x + 7, TOP, x, TOP + 11 }, colour, 1, colour, 1);
        }
        canvas.end();
        canvas.begin("progress-chart-scores");
        double[] line = new double[data.scores().size() * 2];
        for (int i = 0; i < data.scores().size(); i++) {
            line[2 * i] = frame.x(data.scores().get(i).visit());
            line[2 * i + 1] = frame.y(data.scores().get(i).score());
        }
        canvas.polyline(line, LINE, 2.5, null);
        for (Point p : data.scores()) {
            canvas.circle(frame.x(p.visit()), frame.y(p.score()), 5, LINE);
        }
        canvas.end();
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

    private static void axes(Canvas canvas, Data data, Frame frame) {
        double step = data.yMax() - data.yMin() > 12 ? 2 : 1;
        for (double v = data.yMin(); v <= data.yMax() + 1e-9; v += step) {
            double y = frame.y(v);
            canvas.line(LEFT, y, WIDTH - RIGHT, y, GRID, 1, null)
                .text(LEFT - 28, y + 4, number(v), "start", INK);
        }
        for (int visit = 1; visit <= frame.lastVisit; visit++) {
            canvas.text(frame.x(visit), HEIGHT - BOTTOM + 18, Integer.toString(visit), "middle", INK);
        }
        canvas.text(WIDTH / 2.0, HEIGHT - 12, "Visit", "middle", INK)
            .text(8, TOP - 4, data.measureLabel(), "start", INK)
            .line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, INK, 1, null);
    }

    /** The expected band as one shape: along the highs, then back along the lows (a lone visit gets a width). */
    private static void band(Canvas canvas, Data data, Frame frame) {
        List<Band> shown = data.expected().stream().filter(b -> b.visit() <= frame.lastVisit).toList();
        if (shown.isEmpty()) {
            return;
        }
        double half = shown.size() == 1 ? frame.xStep() / 4 : 0;
        List<Double> outline = new ArrayList<>();
        for (Band b : shown) {
            outline.add(frame.x(b.visit()) - half);
            outline.add(frame.y(frame.clip(b.high())));
        }
        if (half > 0) {
            Band only = shown.get(0);
            outline.addAll(List.of(frame.x(only.visit()) + half, frame.y(frame.clip(only.high())),
                    frame.x(only.visit()) + half, frame.y(frame.clip(only.low()))));
        }
        for (int i = shown.size() - 1; i >= 0; i--) {
            outline.add(frame.x(shown.get(i).visit()) - half);
            outline.add(frame.y(frame.clip(shown.get(i).low())));
        }
        canvas.polygon(outline.stream().mapToDouble(Double::doubleValue).toArray(), BAND, 0.22, BAND, 1);
    }

    static String number(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
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
