package org.referout.referral;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Adapter: the episode's primary-measure scores over visits as an image for the referral letter. The progress
 * module's chart (expected band, MCID line, alert markers) should replace this once it is merged here; until then
 * the letter shows the scores the referral snapshot carries.
 */
final class ProgressChartImage {

    private ProgressChartImage() {
    }

    static BufferedImage of(EpisodeSummary summary, int width, int height) {
        XYSeries series = new XYSeries(summary.measure());
        summary.scores().forEach(point -> series.add(point.visit(), point.value()));
        JFreeChart chart = ChartFactory.createXYLineChart(summary.measure() + " by visit", "Visit", "Score",
                new XYSeriesCollection(series), PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getRenderer().setSeriesPaint(0, new Color(0x1f, 0x5f, 0x99));
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(2.5f));
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0, 10);
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        chart.setBackgroundPaint(Color.WHITE);
        return chart.createBufferedImage(width, height);
    }
}
