package org.referout.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Wilson intervals against published worked examples (Newcombe 1998, Stat Med 17:857, Table I). */
class WilsonIntervalTests {

    @Test
    void matchesNewcombesExamples() {
        assertInterval(WilsonInterval.of(81, 263), 0.2553, 0.3662);
        assertInterval(WilsonInterval.of(15, 148), 0.0624, 0.1605);
        assertInterval(WilsonInterval.of(0, 20), 0.0, 0.1611);
        assertInterval(WilsonInterval.of(1, 29), 0.0061, 0.1718);
    }

    @Test
    void staysInsideZeroToOneAtTheEnds() {
        assertInterval(WilsonInterval.of(10, 10), 0.7225, 1.0);
        assertInterval(WilsonInterval.of(0, 10), 0.0, 0.2775);
    }

    @Test
    void shareTextShowsCountIntervalOrTooFew() {
        assertThat(Share.of(8, 12).text()).isEqualTo("8 of 12 (67 %, 95 % CI 39–86 %)");
        assertThat(Share.of(2, 9).text()).isEqualTo("2 of 9: too few to say");
        assertThat(Share.of(2, 9).tooFew()).isTrue();
        assertThat(Share.of(0, 10).tooFew()).isFalse();
    }

    @Test
    void overlapIsJudgedOnTheIntervals() {
        assertThat(WilsonInterval.of(2, 20).doesNotOverlap(WilsonInterval.of(18, 20))).isTrue();
        assertThat(WilsonInterval.of(8, 12).doesNotOverlap(WilsonInterval.of(6, 12))).isFalse();
    }

    private static void assertInterval(WilsonInterval interval, double low, double high) {
        assertThat(interval.low()).isCloseTo(low, within(0.00006));
        assertThat(interval.high()).isCloseTo(high, within(0.00006));
    }
}
