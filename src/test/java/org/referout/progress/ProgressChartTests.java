package org.referout.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.referout.chart.Canvas;
import org.referout.chart.Graphics2dCanvas;
import org.referout.progress.ProgressChart.Band;
import org.referout.progress.ProgressChart.Data;
import org.referout.progress.ProgressChart.Marker;
import org.referout.progress.ProgressChart.Point;

/** The chart is pure drawing: no Spring, milliseconds. */
class ProgressChartTests {

    static Data painNotImproving() {
        return new Data("Pain (NPRS)", 0, 10, false,
                List.of(new Point(1, 7), new Point(2, 7), new Point(3, 7), new Point(4, 7)),
                List.of(new Band(2, 5, 6), new Band(3, 4, 5.5), new Band(4, 3, 5), new Band(5, 2.5, 4)),
                4.9, List.of(new Marker(3, "AMBER"), new Marker(4, "RED")));
    }

    @Test
    void svgHasTheBandTheImportantLineTheScoresAndTheAlertMarkers() {
        String svg = ProgressChart.svg(painNotImproving());

        assertThat(svg).startsWith("<svg").contains("role=\"img\"")
            .contains("id=\"progress-chart-expected-band\"")
            .contains("id=\"progress-chart-important-line\"")
            .contains("id=\"progress-chart-scores\"")
            .contains("id=\"progress-chart-alert-markers\"")
            .contains("viewBox=").doesNotContain("<script");
        String markers = svg.substring(svg.indexOf("progress-chart-alert-markers"), svg.indexOf("progress-chart-scores"));
        assertThat(markers).contains("#8a5300").contains("#b3261e");
    }

    @Test
    void svgCarriesATextAlternative() {
        String svg = ProgressChart.svg(painNotImproving());

        assertThat(svg).contains("aria-labelledby=\"progress-chart-title progress-chart-desc\"")
            .contains("<title id=\"progress-chart-title\">Pain (NPRS) over 4 visits</title>")
            .contains("visit 1: 7, visit 2: 7")
            .contains("visit 3: 4 to 5.5")
            .contains("An important improvement is reached at 4.9")
            .contains("Alerts at visit 3 (review), visit 4 (refer)");
    }

    @Test
    void rowsAreTheTableBesideTheChart() {
        List<ProgressChart.Row> rows = painNotImproving().rows();

        assertThat(rows).hasSize(5);
        assertThat(rows.get(2)).isEqualTo(new ProgressChart.Row(3, 7.0, 4.0, 5.5, "AMBER"));
        assertThat(rows.get(4).scoreText()).isEqualTo("—");
        assertThat(rows.get(4).expectedText()).isEqualTo("2.5–4");
    }

    @Test
    void withoutReferenceDataThereIsNoBandAndTheTextSaysSo() {
        Data data = new Data("Activities (PSFS)", 0, 10, true, List.of(new Point(1, 3)), List.of(), 5.0, List.of());

        assertThat(ProgressChart.svg(data)).contains("No expected band yet").contains("Higher is better");
    }

    @Test
    void pdfsGetTheSameDrawingAsThePage() {
        List<String> page = new ArrayList<>();
        List<String> pdf = new ArrayList<>();
        ProgressChart.draw(new Recording(page), painNotImproving());
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(ProgressChart.WIDTH, ProgressChart.HEIGHT,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ProgressChart.draw(new Recording(pdf, new Graphics2dCanvas(image.createGraphics())), painNotImproving());

        assertThat(pdf).isEqualTo(page).contains("polygon #1e6b34", "polygon #b3261e", "line #1b1f23 dash 6 4");
        assertThat(image.getRGB(ProgressChart.WIDTH / 2, 200)).isNotEqualTo(0xff000000);
    }

    /** Writes down what the chart draws (and passes it on), so two outputs can be compared shape by shape. */
    private record Recording(List<String> shapes, Canvas next) implements Canvas {

        Recording(List<String> shapes) {
            this(shapes, null);
        }

        private Canvas note(String shape, java.util.function.Consumer<Canvas> pass) {
            shapes.add(shape);
            if (next != null) {
                pass.accept(next);
            }
            return this;
        }

        @Override
        public Canvas line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
            return note("line " + stroke + (dash == null ? "" : " dash " + dash), c -> c.line(x1, y1, x2, y2, stroke, width, dash));
        }

        @Override
        public Canvas polyline(double[] points, String stroke, double width, String dash) {
            return note("polyline " + stroke + " " + points.length, c -> c.polyline(points, stroke, width, dash));
        }

        @Override
        public Canvas polygon(double[] points, String fill, double opacity, String stroke, double width) {
            return note("polygon " + fill, c -> c.polygon(points, fill, opacity, stroke, width));
        }

        @Override
        public Canvas rect(double x, double y, double width, double height, String fill) {
            return note("rect " + fill, c -> c.rect(x, y, width, height, fill));
        }

        @Override
        public Canvas circle(double x, double y, double r, String fill) {
            return note("circle " + fill, c -> c.circle(x, y, r, fill));
        }

        @Override
        public Canvas text(double x, double y, String text, String anchor, String fill, double size) {
            return note("text " + text, c -> c.text(x, y, text, anchor, fill, size));
        }
    }
}
