package org.referout.insights;

import java.util.List;

import org.referout.chart.Svg;

/**
 * Horizontal bars of one share per group (e.g. important improvement by complaint) with the 95 % Wilson interval as
 * a whisker, so that a wide interval reads as "we do not know much yet" at a glance. Groups with too few episodes
 * get no bar, only the words. The table beside it is the text alternative; the description summarises.
 */
final class ShareChart {

    private static final int WIDTH = 640;
    private static final int ROW = 30;
    private static final int LABEL = 220;
    private static final int RIGHT = 24;
    private static final int TOP = 28;

    private ShareChart() {
    }

    record Bar(String label, Share share) {
    }

    static String draw(String id, String title, List<Bar> bars) {
        int height = TOP + ROW * bars.size() + 24;
        Svg svg = new Svg(id, WIDTH, height, title, describe(title, bars));
        double plot = WIDTH - LABEL - RIGHT;
        for (int percent = 0; percent <= 100; percent += 25) {
            double x = LABEL + plot * percent / 100;
            svg.line(x, TOP - 6, x, TOP + ROW * bars.size(), "#d5dbe1", 1, null)
                .text(x, TOP - 10, percent + " %", "middle", "#4a5560");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + ROW * i;
            svg.text(LABEL - 8, y + 19, bar.label(), "end", "#1b1f23");
            if (bar.share().tooFew()) {
                svg.text(LABEL + 6, y + 19, "too few to say (" + bar.share().of() + ")", "start", "#4a5560");
                continue;
            }
            svg.rect(LABEL, y + 7, plot * bar.share().proportion(), 16, "#0b5d4b");
            double low = LABEL + plot * bar.share().interval().low();
            double high = LABEL + plot * bar.share().interval().high();
            svg.line(low, y + 15, high, y + 15, "#1b1f23", 2, null)
                .line(low, y + 9, low, y + 21, "#1b1f23", 2, null)
                .line(high, y + 9, high, y + 21, "#1b1f23", 2, null);
        }
        return svg.toString();
    }

    static String describe(String title, List<Bar> bars) {
        StringBuilder text = new StringBuilder(title).append(": ");
        for (Bar bar : bars) {
            text.append(bar.label()).append(' ').append(bar.share().text()).append("; ");
        }
        return text.append("whiskers show the 95 % Wilson interval.").toString();
    }
}
