package org.referout.episode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.referout.clinical.Measure;
import org.referout.web.FieldProblem;

/** Checks what a therapist entered to start an episode or record a visit; problems name the API's fields. */
final class EpisodeChecks {

    static final int MAX_ACTIVITIES = 5;
    static final int MAX_NOTE = 4000;
    static final int MAX_HOMEWORK = 2000;

    private EpisodeChecks() {
    }

    static <E extends Enum<E>> E code(Class<E> type, String field, String value, String what,
            List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem(field, value + " is not a known " + what));
            return null;
        }
    }

    /** R1: 1 to 5 activities, each in the client's words; required when PSFS is the primary measure. */
    static List<String> activities(List<String> given, Measure primary, List<FieldProblem> problems) {
        var activities = new ArrayList<String>();
        List<String> list = given == null ? List.of() : given;
        for (int i = 0; i < list.size(); i++) {
            String activity = list.get(i) == null ? "" : list.get(i).strip();
            if (activity.length() > 200) {
                problems.add(new FieldProblem("psfsActivities[" + i + "]", "is longer than 200 characters"));
            } else if (!activity.isEmpty()) {
                activities.add(activity);
            }
        }
        if (activities.size() > MAX_ACTIVITIES) {
            problems.add(new FieldProblem("psfsActivities", "at most 5 activities, got " + activities.size()));
        }
        if (primary == Measure.PSFS && activities.isEmpty()) {
            problems.add(new FieldProblem("psfsActivities", "name 1 to 5 activities when PSFS is the primary measure"));
        }
        return activities;
    }

    static List<String> bodyRegions(List<String> given, List<FieldProblem> problems) {
        var regions = new ArrayList<String>();
        for (String region : given == null ? List.<String>of() : given) {
            // Stored as a comma list, so a comma inside one region would split it.
            for (String part : (region == null ? "" : region).split(",")) {
                if (!part.isBlank()) {
                    regions.add(part.strip());
                }
            }
        }
        if (String.join(",", regions).length() > 500) {
            problems.add(new FieldProblem("bodyRegions", "are longer than 500 characters together"));
        }
        return regions;
    }

    static Set<Technique> techniques(List<String> given, List<FieldProblem> problems) {
        var techniques = new TreeSet<Technique>();
        List<String> list = given == null ? List.of() : given;
        for (int i = 0; i < list.size(); i++) {
            Technique technique = code(Technique.class, "techniques[" + i + "]", list.get(i), "technique", problems);
            if (technique != null) {
                techniques.add(technique);
            }
        }
        return techniques;
    }

    static VisitNotes notes(VisitNotes given, List<FieldProblem> problems) {
        VisitNotes notes = (given == null ? VisitNotes.NONE : given).normalized();
        length(problems, "notes.subjective", notes.subjective(), MAX_NOTE);
        length(problems, "notes.objective", notes.objective(), MAX_NOTE);
        length(problems, "notes.assessment", notes.assessment(), MAX_NOTE);
        length(problems, "notes.plan", notes.plan(), MAX_NOTE);
        length(problems, "notes.homework", notes.homework(), MAX_HOMEWORK);
        return notes;
    }

    static void visitDate(LocalDate date, LocalDate start, LocalDate today, List<FieldProblem> problems) {
        if (date == null) {
            problems.add(new FieldProblem("date", "is required"));
        } else if (date.isAfter(today)) {
            problems.add(new FieldProblem("date", date + " is in the future"));
        } else if (date.isBefore(start)) {
            problems.add(new FieldProblem("date", date + " is before the episode started (" + start + ")"));
        }
    }

    static void duration(Integer minutes, List<FieldProblem> problems) {
        if (minutes == null) {
            problems.add(new FieldProblem("durationMinutes", "is required"));
        } else if (minutes < 1 || minutes > 600) {
            problems.add(new FieldProblem("durationMinutes", minutes + " is outside 1..600 minutes"));
        }
    }

    static void length(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "is longer than " + max + " characters"));
        }
    }
}
