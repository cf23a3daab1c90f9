package org.referout.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.referout.clinical.BaselineBand;
import org.referout.clinical.BoundSource;
import org.referout.clinical.Complaint;
import org.referout.clinical.EpisodeInput;
import org.referout.clinical.ExpectedCurves;
import org.referout.clinical.Measure;

/** The shipped cohort is the generator's output, and it is large enough to give every band a reference group. */
class ReferenceCohortTests {

    @Test
    void theShippedFileIsExactlyWhatTheGeneratorWrites() throws Exception {
        String shipped = Files.readString(Path.of("src/main/resources/" + ReferenceCohort.RESOURCE), StandardCharsets.UTF_8);

        assertThat(shipped).isEqualTo(ReferenceCohortGenerator.generate());
    }

    @Test
    void theCohortGivesGroupsForEveryMeasureAndBandEarlyOn() {
        List<EpisodeInput> cohort = new ReferenceCohort(true, 200).episodesFor(0);
        ExpectedCurves curves = ExpectedCurves.from(cohort);

        assertThat(cohort).hasSize(3 * ReferenceCohortGenerator.EPISODES_PER_MEASURE);
        for (Measure measure : List.of(Measure.NPRS, Measure.PSFS, Measure.PEG)) {
            for (BaselineBand band : List.of(BaselineBand.MODERATE, BaselineBand.SEVERE)) {
                for (int k = 2; k <= 4; k++) {
                    assertThat(curves.boundAt(measure, Complaint.OTHER, band, k).source())
                        .as("%s %s visit %d", measure, band, k).isNotEqualTo(BoundSource.DEFAULT);
                }
            }
        }
    }

    @Test
    void aPracticeWithEnoughOfItsOwnEpisodesNoLongerUsesTheCohort() {
        assertThat(new ReferenceCohort(true, 200).episodesFor(200)).isEmpty();
        assertThat(new ReferenceCohort(false, 200).episodesFor(0)).isEmpty();
    }
}
