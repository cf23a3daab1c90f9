package org.referout.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
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
            .contains("id='progress-chart-expected-band'")
            .contains("id='progress-chart-important-line'")
            .contains("id='progress-chart-scores'")
            .contains("id='progress-chart-alert-markers'")
            .contains("viewBox=").doesNotContain("<script");
        String markers = svg.substring(svg.indexOf("progress-chart-alert-markers"), svg.indexOf("progress-chart-scores"));
        assertThat(markers).contains("rgb(138,83,0)").contains("rgb(179,38,30)");
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
    void pngIsAPicture() {
        byte[] png = ProgressChart.png(painNotImproving(), 2);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).isGreaterThan(2000);
    }
}
