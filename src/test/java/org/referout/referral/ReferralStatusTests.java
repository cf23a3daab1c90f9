package org.referout.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lifecycle of C6 as a table: every pair of states is either allowed or refused with both names. */
class ReferralStatusTests {

    static final Map<ReferralStatus, Set<ReferralStatus>> ALLOWED = Map.of(
            ReferralStatus.DRAFT, EnumSet.of(ReferralStatus.SENT, ReferralStatus.CANCELLED),
            ReferralStatus.SENT, EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.CANCELLED),
            ReferralStatus.ACCEPTED, EnumSet.of(ReferralStatus.SCHEDULED, ReferralStatus.SEEN, ReferralStatus.CANCELLED),
            ReferralStatus.DECLINED, EnumSet.of(ReferralStatus.CLOSED),
            ReferralStatus.SCHEDULED, EnumSet.of(ReferralStatus.SEEN),
            ReferralStatus.SEEN, EnumSet.of(ReferralStatus.CLOSED),
            ReferralStatus.CLOSED, EnumSet.noneOf(ReferralStatus.class),
            ReferralStatus.CANCELLED, EnumSet.noneOf(ReferralStatus.class));

    static Stream<Arguments> allPairs() {
        return Stream.of(ReferralStatus.values())
            .flatMap(from -> Stream.of(ReferralStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allPairs")
    void everyPairIsAllowedOrRefusedWithBothStatesNamed(ReferralStatus from, ReferralStatus to) {
        if (ALLOWED.get(from).contains(to)) {
            assertThat(from.canMoveTo(to)).isTrue();
            assertThat(from.moveTo(to)).isEqualTo(to);
        }
        else {
            assertThat(from.canMoveTo(to)).isFalse();
            assertThatThrownBy(() -> from.moveTo(to))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("from " + from + " to " + to);
        }
    }

    @ParameterizedTest
    @MethodSource("allPairs")
    void noStateMovesToItself(ReferralStatus from, ReferralStatus to) {
        if (from == to) {
            assertThat(from.canMoveTo(to)).isFalse();
        }
    }
}
