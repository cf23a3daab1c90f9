package org.referout.episode;

import java.time.LocalDate;
import java.util.List;

/**
 * What a therapist enters to start an episode. Codes are text so that an unknown code is reported as a field
 * problem ("complaint: BACK is not a known complaint") rather than as unreadable input.
 */
public record EpisodeStart(String complaint, Boolean chronic, List<String> bodyRegions, String goals,
        String primaryMeasure, List<String> psfsActivities, LocalDate startDate) {
}
