package org.referout.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.referout.clinical.Recommendation.*;

import org.junit.jupiter.api.Test;

/** R4.2 severity order and the C3 colours. */
class RecommendationTests {

    @Test
    void severityOrderIsAsWritten() {
        assertThat(REFER_EMERGENCY.isMoreSevereThan(REFER_URGENT)).isTrue();
        assertThat(REFER_URGENT.isMoreSevereThan(REFER)).isTrue();
        assertThat(REFER.isMoreSevereThan(REVIEW)).isTrue();
        assertThat(REVIEW.isMoreSevereThan(DISCHARGE)).isTrue();
        assertThat(DISCHARGE.isMoreSevereThan(CONTINUE)).isTrue();
        assertThat(CONTINUE.isMoreSevereThan(CONTINUE)).isFalse();
    }

    @Test
    void moreSevereOfTwoTreatsNullAsNoRedFlag() {
        assertThat(moreSevere(REVIEW, REFER)).isEqualTo(REFER);
        assertThat(moreSevere(REFER_EMERGENCY, DISCHARGE)).isEqualTo(REFER_EMERGENCY);
        assertThat(moreSevere(DISCHARGE, null)).isEqualTo(DISCHARGE);
        assertThat(moreSevere(null, REFER)).isEqualTo(REFER);
    }

    @Test
    void coloursFollowC3() {
        assertThat(REVIEW.colour()).isEqualTo(Colour.AMBER);
        assertThat(REFER.colour()).isEqualTo(Colour.RED);
        assertThat(REFER_EMERGENCY.colour()).isEqualTo(Colour.RED);
        assertThat(CONTINUE.colour()).isEqualTo(Colour.GREEN);
        assertThat(Status.INSUFFICIENT_DATA.colour()).isEqualTo(Colour.GREY);
        assertThat(Status.RECOVERED.colour()).isEqualTo(Colour.GREEN);
        assertThat(Status.NOT_ON_TRACK.colour()).isEqualTo(Colour.AMBER);
    }
}
