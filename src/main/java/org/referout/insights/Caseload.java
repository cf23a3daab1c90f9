package org.referout.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * The caseload dashboard for a period (episodes by their start date, both ends included), for the whole practice
 * or one therapist.
 *
 * @param scope        "the practice" or the therapist's name
 * @param statuses     episodes by the status of their latest evaluation (R4), in the order of C3
 * @param lifecycle    episodes by ACTIVE / DISCHARGED / REFERRED_OUT
 * @param timely       the timely-referral measure (for the therapist chosen, or the practice)
 * @param suggestions  continuing-education suggestions: for the whole practice and each therapist the user may
 *                     see, or for the one therapist chosen
 */
public record Caseload(LocalDate from, LocalDate to, String scope, int episodes, List<Count> statuses,
        List<Count> lifecycle, GroupOutcome overall, List<GroupOutcome> byComplaint, List<GroupOutcome> byTechnique,
        TimelyReferral timely, Perspective perspective, List<ContinuingEducation.Group> suggestions) {

    /** A label, its C3 colour (or null) and how many episodes. */
    public record Count(String code, String label, String colour, int episodes) {
    }
}
