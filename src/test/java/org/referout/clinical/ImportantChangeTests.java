package org.referout.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R2 thresholds at and around each boundary; comparisons are inclusive and exact. */
class ImportantChangeTests {

    private static Score nprs(int value) {
        return Score.of(1, null, Measure.NPRS, value);
    }

    private static Score psfs(int... items) {
        return Score.ofItems(1, null, Measure.PSFS, items);
    }

    private static Score peg(int... items) {
        return Score.ofItems(1, null, Measure.PEG, items);
    }

    @ParameterizedTest(name = "NPRS {0} -> {1}: important {2}")
    @CsvSource({
            "6, 4, true",    // Δ 2 = 33 %
            "7, 5, false",   // Δ 2 but only 28.6 % of 7
            "7, 4, true",    // Δ 3 ≥ 2.1
            "10, 7, true",   // Δ 3 = exactly 30 %: inclusive
            "10, 8, false",  // Δ 2 = 20 %
            "3, 2, false",   // Δ 1 = 33 % but below 2 points
            "2, 0, true",
            "5, 5, false" })
    void nprsImportantImprovementNeedsTwoPointsAndThirtyPercent(int baseline, int latest, boolean important) {
        assertThat(ImportantChange.isImportantImprovement(nprs(baseline), nprs(latest))).isEqualTo(important);
    }

    @ParameterizedTest(name = "NPRS {0} -> {1}: deterioration {2}")
    @CsvSource({ "5, 7, true", "5, 6, false", "0, 2, true", "8, 10, true", "8, 9, false" })
    void nprsDeteriorationIsTwoPointsWorse(int baseline, int latest, boolean deterioration) {
        assertThat(ImportantChange.isDeterioration(nprs(baseline), nprs(latest))).isEqualTo(deterioration);
    }

    @ParameterizedTest(name = "NPRS latest {0}: recovered {1}")
    @CsvSource({ "0, true", "1, true", "2, false" })
    void nprsRecoveredRangeIsAtMostOne(int latest, boolean recovered) {
        assertThat(ImportantChange.isRecovered(nprs(latest))).isEqualTo(recovered);
    }

    @ParameterizedTest(name = "NPRS baseline {0}: no room {1}")
    @CsvSource({ "0, true", "1, true", "2, false" })
    void nprsNoRoomAtBaselineOneOrLess(int baseline, boolean noRoom) {
        assertThat(ImportantChange.hasNoRoom(nprs(baseline))).isEqualTo(noRoom);
    }

    @ParameterizedTest(name = "PSFS {0} -> {1}: important {2}, deterioration {3}")
    @CsvSource({
            "'3,3', '5,5', true, false",       // Δ 2.0
            "'3,3', '4,5', false, false",      // Δ 1.5
            "'3,3,3', '5,5,5', true, false",   // Δ 2.0 over three activities
            "'3,3,3', '5,5,4', false, false",  // Δ 1.67
            "'5,5', '3,3', false, true",       // Δ −2.0
            "'5,5', '4,3', false, false",      // Δ −1.5
            "'1', '3', true, false" })
    void psfsThresholdsAreTwoPointsOfTheMean(String from, String to, boolean important, boolean deterioration) {
        assertChange(psfs(ints(from)), psfs(ints(to)), important, deterioration);
    }

    @ParameterizedTest(name = "PSFS {0}: recovered {1}, no room as baseline {2}")
    @CsvSource({ "'9,9', true, true", "'8,9', false, true", "'8,8', false, false", "'10,8', true, true",
            "'9,9,8', false, true" })
    void psfsRecoveredAtNineAndNoRoomAboveEight(String items, boolean recovered, boolean noRoom) {
        assertThat(ImportantChange.isRecovered(psfs(ints(items)))).isEqualTo(recovered);
        assertThat(ImportantChange.hasNoRoom(psfs(ints(items)))).isEqualTo(noRoom);
    }

    @ParameterizedTest(name = "PEG {0} -> {1}: important {2}, deterioration {3}")
    @CsvSource({
            "'3,3,4', '2,2,3', true, false",      // 3.33 -> 2.33: Δ 1.0 = exactly 30 %: both inclusive
            "'3,3,4', '2,3,3', false, false",     // Δ 0.67
            "'10,10,10', '7,7,7', true, false",   // Δ 3.0 = 30 %
            "'10,10,10', '8,8,7', false, false",  // Δ 2.67 < 3.0
            "'3,3,3', '5,5,5', false, true",      // Δ −2.0
            "'3,3,3', '5,5,4', false, false" })   // Δ −1.67
    void pegThresholdsAreExactOnThirds(String from, String to, boolean important, boolean deterioration) {
        assertChange(peg(ints(from)), peg(ints(to)), important, deterioration);
    }

    @ParameterizedTest(name = "PEG {0}: recovered {1}, no room as baseline {2}")
    @CsvSource({ "'1,1,1', true, false", "'1,1,2', false, false", "'0,1,1', true, true", "'0,0,2', true, true" })
    void pegRecoveredAtOneAndNoRoomBelowOne(String items, boolean recovered, boolean noRoom) {
        assertThat(ImportantChange.isRecovered(peg(ints(items)))).isEqualTo(recovered);
        assertThat(ImportantChange.hasNoRoom(peg(ints(items)))).isEqualTo(noRoom);
    }

    @ParameterizedTest(name = "GROC {0}: important {1}, deterioration {2}")
    @CsvSource({ "3, true, false", "2, false, false", "-2, false, false", "-3, false, true", "7, true, false" })
    void grocThresholdsAreThree(int groc, boolean important, boolean deterioration) {
        assertThat(ImportantChange.isImportantGroc(groc)).isEqualTo(important);
        assertThat(ImportantChange.isDeterioratingGroc(groc)).isEqualTo(deterioration);
    }

    private static void assertChange(Score baseline, Score latest, boolean important, boolean deterioration) {
        assertThat(ImportantChange.isImportantImprovement(baseline, latest)).isEqualTo(important);
        assertThat(ImportantChange.isDeterioration(baseline, latest)).isEqualTo(deterioration);
    }

    private static int[] ints(String csv) {
        String[] parts = csv.split(",");
        int[] items = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            items[i] = Integer.parseInt(parts[i].trim());
        }
        return items;
    }
}
