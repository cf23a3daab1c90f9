package org.referout.progress;

import java.util.Set;

import org.referout.clinical.RedFlag;
import org.referout.episode.Technique;

/**
 * The off-track review of C3 (after OQ-Analyst's clinical support tools): the short structured look back a
 * therapist takes before deciding what to do about an amber or red episode. Kept with the decision.
 *
 * @param techniquesTried pre-filled from the episode's visits; the therapist may add to it
 * @param redFlags        the R5 questions answered yes in the re-run screen (only asked about new symptoms)
 */
public record OffTrackReview(Homework homework, Set<Technique> techniquesTried, Set<LifeFactor> lifeFactors,
        String lifeNote, Expectations expectations, Alliance alliance, boolean newSymptoms, Set<RedFlag> redFlags,
        String note) {

    public OffTrackReview {
        techniquesTried = techniquesTried == null ? Set.of() : Set.copyOf(techniquesTried);
        lifeFactors = lifeFactors == null ? Set.of() : Set.copyOf(lifeFactors);
        redFlags = redFlags == null ? Set.of() : Set.copyOf(redFlags);
    }

    public enum Homework {
        DONE("Done as agreed"), PARTLY("Partly done"), NOT_DONE("Not done"), NONE_GIVEN("No homework was given");

        private final String label;

        Homework(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum LifeFactor {
        POOR_SLEEP("Poor sleep"), STRESS("Stress"), LIFE_EVENT("A major life event");

        private final String label;

        LifeFactor(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Expectations {
        REALISTIC("Realistic and shared"), UNREALISTIC("Higher than what is likely"), NOT_DISCUSSED("Not talked about yet");

        private final String label;

        Expectations(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How the work together feels, to the therapist and, asked, to the client. */
    public enum Alliance {
        GOOD("Good"), UNSURE("Unsure"), STRAINED("Strained");

        private final String label;

        Alliance(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
