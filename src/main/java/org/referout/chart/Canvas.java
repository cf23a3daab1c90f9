package org.referout.chart;

/**
 * What a chart draws on, in its own pixel coordinates (y grows downwards, as in SVG). Colours are {@code #rrggbb};
 * a {@code dash} is an SVG dash array ("6 4") or null for a solid line.
 */
public interface Canvas {

    Canvas line(double x1, double y1, double x2, double y2, String stroke, double width, String dash);

    /** An open line through the points {@code x0, y0, x1, y1, …}, with round ends and joins. */
    Canvas polyline(double[] points, String stroke, double width, String dash);

    /** A closed shape through the points, filled with {@code fill} at {@code fillOpacity} (0–1) and outlined. */
    Canvas polygon(double[] points, String fill, double fillOpacity, String stroke, double width);

    Canvas rect(double x, double y, double width, double height, String fill);

    Canvas circle(double x, double y, double r, String fill);

    /** Text on the baseline {@code y}; {@code anchor} is start, middle or end, as in SVG. */
    Canvas text(double x, double y, String text, String anchor, String fill, double size);

    default Canvas text(double x, double y, String text, String anchor, String fill) {
        return text(x, y, text, anchor, fill, 12);
    }

    /** Starts a named part of the chart (an SVG group with this id and class); other canvases ignore it. */
    default Canvas begin(String id) {
        return this;
    }

    default Canvas end() {
        return this;
    }
}
