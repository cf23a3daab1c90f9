package org.referout.clinical;

import java.util.List;

/**
 * Everything R7.2 outputs about one episode, plus the baseline band, the bound in full and the latest
 * GROC for the UI. Numbers are in the primary measure's points; improvement Δ is positive when better.
 *
 * @param status                   R4.1
 * @param recommendation           R4.2: the more severe of the trajectory's and the red flags'
 * @param trajectoryRecommendation R4.1 alone, before red flags
 * @param scoredVisits             n, the number of scores of the primary measure
 * @param improvementPercent       Δ as a percentage of the baseline, to 2 decimals; null when the baseline is 0
 * @param rci                      R3 reliable change index (unrounded)
 * @param lowerBound               tₙ, null where the R4.3 default applies
 * @param redFlagLevel             R5, null when no flag counts
 * @param latestGroc               the latest GROC rating, null when none (R2: reported, never used for status)
 */
public record Evaluation(Status status, Recommendation recommendation, Recommendation trajectoryRecommendation,
                         Measure primaryMeasure, int scoredVisits, double baseline, double latest, double improvement,
                         Double improvementPercent, boolean importantImprovement, double rci, boolean reliableChange,
                         Double lowerBound, BoundSource boundSource, ToleranceBound bound, BaselineBand baselineBand,
                         Recommendation redFlagLevel, List<Reason> reasons, ProviderTypeAdvice providerAdvice,
                         Integer latestGroc) {

    /**
     * C3 colour of the evaluation, which the UI shows: red for any referral, amber for REVIEW, grey while
     * there are too few scores to judge, green otherwise. Taken from the final recommendation, so a red
     * flag turns an ON_TRACK episode red and a DETERIORATING one with REVIEW stays amber.
     */
    public Colour colour() {
        if (recommendation.isReferral() || recommendation == Recommendation.REVIEW) {
            return recommendation.colour();
        }
        return status == Status.INSUFFICIENT_DATA ? Colour.GREY : Colour.GREEN;
    }

    /** R6 provider types in order (empty when there is nothing to refer for). */
    public List<ProviderType> providerTypes() {
        return providerAdvice.providerTypes();
    }
}
