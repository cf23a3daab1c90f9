package org.referout.episode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.referout.web.BadRequestException;

/** The new-episode page: five activity inputs (blank ones are dropped), body regions as one comma-separated line. */
record EpisodeForm(String complaint, Boolean chronic, String bodyRegions, String goals, String primaryMeasure,
        List<String> psfsActivities, String startDate) {

    static EpisodeForm empty(LocalDate today) {
        return new EpisodeForm(null, false, null, null, "NPRS", List.of("", "", "", "", ""), today.toString());
    }

    EpisodeStart toStart() {
        return new EpisodeStart(complaint, Boolean.TRUE.equals(chronic),
                bodyRegions == null ? List.of() : List.of(bodyRegions), goals, primaryMeasure, psfsActivities,
                date());
    }

    /** Always five slots for the page, keeping what was typed. */
    public List<String> activitySlots() {
        var slots = new java.util.ArrayList<String>(psfsActivities == null ? List.of() : psfsActivities);
        while (slots.size() < EpisodeChecks.MAX_ACTIVITIES) {
            slots.add("");
        }
        return slots;
    }

    private LocalDate date() {
        if (startDate == null || startDate.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(startDate.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("startDate", "is not a date (YYYY-MM-DD)");
        }
    }
}
