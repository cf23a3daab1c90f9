package org.referout.insights;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.referout.chart.Svg;
import org.referout.clinical.CbiScale;
import org.referout.clinical.CbiScores;

/**
 * The burnout trend (R9): the three scale scores over time on a 0–100 axis with a line at 50. Each scale has its
 * own colour, dash pattern and marker so the chart reads in greyscale too; the page's table is its text
 * alternative and the SVG's description summarises it.
 */
final class BurnoutTrendChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 34;
    private static final int BOTTOM = 44;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private BurnoutTrendChart() {
    }

    static String draw(List<BurnoutCheck> history) {
        Svg svg = new Svg("burnout-trend", WIDTH, HEIGHT, "Your burnout scores over time", describe(history));
        for (int level = 0; level <= 100; level += 25) {
            double y = y(level);
            svg.line(LEFT, y, WIDTH - RIGHT, y, "#d5dbe1", 1, null)
                .text(LEFT - 6, y + 4, Integer.toString(level), "end", "#4a5560");
        }
        svg.line(LEFT, y(CbiScores.REFERENCE_LINE), WIDTH - RIGHT, y(CbiScores.REFERENCE_LINE), "#5b6670", 2, "8 4")
            .text(WIDTH - RIGHT, y(CbiScores.REFERENCE_LINE) - 6, "50", "end", "#1b1f23");
        for (int i = 0; i < history.size(); i++) {
            svg.text(x(i, history.size()), HEIGHT - BOTTOM + 18,
                    DAY.format(history.get(i).takenAt().atZone(ZoneOffset.UTC)), "middle", "#4a5560");
        }
        int legendX = LEFT;
        for (Series series : Series.values()) {
            plot(svg, history, series);
            svg.line(legendX, 14, legendX + 24, 14, series.colour, 3, series.dash)
                .text(legendX + 30, 18, series.scale.title(), "start", "#1b1f23");
            legendX += 200;
        }
        return svg.toString();
    }

    private static void plot(Svg svg, List<BurnoutCheck> history, Series series) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < history.size(); i++) {
            OptionalDouble score = history.get(i).scores().of(series.scale);
            if (score.isEmpty()) {
                flush(svg, points, series);
                continue;
            }
            double x = x(i, history.size());
            double y = y(score.getAsDouble());
            points.append(Svg.n(x)).append(',').append(Svg.n(y)).append(' ');
            svg.circle(x, y, series.marker, series.colour);
        }
        flush(svg, points, series);
    }

    private static void flush(Svg svg, StringBuilder points, Series series) {
        if (points.length() > 0) {
            svg.polyline(points.toString().trim(), series.colour, 3, series.dash);
            points.setLength(0);
        }
    }

    static String describe(List<BurnoutCheck> history) {
        if (history.isEmpty()) {
            return "No checks yet.";
        }
        StringBuilder text = new StringBuilder(history.size() + " check(s). Latest: ");
        CbiScores latest = history.get(history.size() - 1).scores();
        for (CbiScale scale : CbiScale.values()) {
            OptionalDouble score = latest.of(scale);
            text.append(scale.title()).append(' ')
                .append(score.isPresent() ? String.format(Locale.ROOT, "%.1f", score.getAsDouble()) : "no score")
                .append("; ");
        }
        return text.append("the dashed line marks 50 out of 100.").toString();
    }

    private static double x(int index, int count) {
        double span = WIDTH - LEFT - RIGHT - 60;
        return count <= 1 ? LEFT + 30 + span / 2 : LEFT + 30 + span * index / (count - 1);
    }

    private static double y(double score) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (100 - score) / 100;
    }

    private enum Series {
        PERSONAL(CbiScale.PERSONAL, "#0b5d4b", null, 5),
        WORK(CbiScale.WORK, "#8a5300", "10 5", 4.5),
        CLIENT(CbiScale.CLIENT, "#1a4fd6", "3 4", 4);

        final CbiScale scale;
        final String colour;
        final String dash;
        final double marker;

        Series(CbiScale scale, String colour, String dash, double marker) {
            this.scale = scale;
            this.colour = colour;
            this.dash = dash;
            this.marker = marker;
        }
    }
}
