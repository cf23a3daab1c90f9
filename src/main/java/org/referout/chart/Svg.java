package org.referout.chart;

import java.util.Locale;

/**
 * A tiny SVG writer for the server-side charts. Charts are drawn here rather than in the browser because the
 * CSP forbids inline scripts and because the same picture must work without JavaScript. Only presentation
 * attributes are used (no style attributes: the CSP forbids those too).
 */
public final class Svg implements Canvas {

    private final StringBuilder out = new StringBuilder();

    /** Opens an accessible picture: role img, a title and a description that say what it shows. */
    public Svg(String id, int width, int height, String title, String description) {
        this(id, width, height, title, description, false);
    }

    /**
     * The same, as wide as the page lets it be (no fixed width or height: the view box keeps the proportions), and
     * with {@code id} as the picture's own id and class.
     */
    public static Svg fluid(String id, int width, int height, String title, String description) {
        return new Svg(id, width, height, title, description, true);
    }

    private Svg(String id, int width, int height, String title, String description, boolean fluid) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        if (fluid) {
            out.append(" id=\"").append(id).append("\" class=\"").append(id).append('"');
        }
        out.append(" viewBox=\"0 0 ").append(width).append(' ').append(height).append('"');
        if (!fluid) {
            out.append(" width=\"").append(width).append("\" height=\"").append(height).append('"');
        }
        out.append(" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
            .append("-desc\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\">")
            .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
            .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
    }

    @Override
    public Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
            .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
            .append(n(width)).append('"');
        dash(dash);
        out.append("/>");
        return this;
    }

    /** {@code points} as SVG writes them: "x,y x,y …". */
    public Svg polyline(String points, String stroke, double width, String dash) {
        out.append("<polyline fill=\"none\" points=\"").append(points).append("\" stroke=\"").append(stroke)
            .append("\" stroke-width=\"").append(n(width)).append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"");
        dash(dash);
        out.append("/>");
        return this;
    }

    @Override
    public Svg polyline(double[] points, String stroke, double width, String dash) {
        StringBuilder xy = new StringBuilder();
        for (int i = 0; i + 1 < points.length; i += 2) {
            xy.append(i == 0 ? "" : " ").append(n(points[i])).append(',').append(n(points[i + 1]));
        }
        return polyline(xy.toString(), stroke, width, dash);
    }

    @Override
    public Svg polygon(double[] points, String fill, double fillOpacity, String stroke, double width) {
        out.append("<path d=\"");
        for (int i = 0; i + 1 < points.length; i += 2) {
            out.append(i == 0 ? "M" : " L").append(n(points[i])).append(' ').append(n(points[i + 1]));
        }
        out.append(" Z\" fill=\"").append(fill).append("\" fill-opacity=\"").append(n2(fillOpacity))
            .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width)).append("\"/>");
        return this;
    }

    @Override
    public Svg rect(double x, double y, double width, double height, String fill) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
            .append("\" height=\"").append(n(height)).append("\" fill=\"").append(fill).append("\"/>");
        return this;
    }

    @Override
    public Svg circle(double x, double y, double r, String fill) {
        out.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(r))
            .append("\" fill=\"").append(fill).append("\"/>");
        return this;
    }

    @Override
    public Svg text(double x, double y, String text, String anchor, String fill, double size) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
            .append(anchor).append("\" fill=\"").append(fill).append('"');
        if (size != 12) {
            out.append(" font-size=\"").append(n(size)).append('"');
        }
        out.append('>').append(escape(text)).append("</text>");
        return this;
    }

    @Override
    public Svg text(double x, double y, String text, String anchor, String fill) {
        return text(x, y, text, anchor, fill, 12);
    }

    /** A group with this id (and class), so pages and tests can find the chart's parts. */
    @Override
    public Svg begin(String id) {
        out.append("<g id=\"").append(id).append("\" class=\"").append(id).append("\">");
        return this;
    }

    @Override
    public Svg end() {
        out.append("</g>");
        return this;
    }

    @Override
    public String toString() {
        return out + "</svg>";
    }

    public static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String n2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private void dash(String dash) {
        if (dash != null && !dash.isEmpty()) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
    }
}
