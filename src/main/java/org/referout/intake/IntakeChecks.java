package org.referout.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.referout.clinical.Complaint;
import org.referout.clinical.Measure;
import org.referout.clinical.RedFlag;
import org.referout.web.FieldProblem;

/**
 * Checks one page of the questionnaire as the client posted it (Q: every problem names the field, in plain words)
 * and keeps only that page's fields, trimmed. Nothing is saved for a page with any problem.
 */
final class IntakeChecks {

    static final int MAX_ACTIVITIES = 5;
    static final List<String> DETAILS = List.of("firstName", "lastName", "dateOfBirth", "email", "phone",
            "addressLine1", "addressLine2", "city", "state", "zip", "preferredLanguage");
    private static final Pattern ACTIVITY = Pattern.compile("(activity|rating)(\\d+)");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    record Result(Map<String, String> accepted, List<FieldProblem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private IntakeChecks() {
    }

    /**
     * @param fixedActivities the episode's PSFS activities for a PRE_VISIT link (the client rates them); empty for
     *        an intake, where the client names their own
     */
    static Result check(Step step, Map<String, String> posted, List<String> fixedActivities, LocalDate today) {
        var accepted = new LinkedHashMap<String, String>();
        var problems = new ArrayList<FieldProblem>();
        switch (step) {
            case ABOUT_YOU -> aboutYou(posted, today, accepted, problems);
            case PROBLEM -> problem(posted, accepted, problems);
            case HEALTH -> health(posted, accepted, problems);
            case MEASURES -> measures(posted, fixedActivities, accepted, problems);
            case CONSENT -> consent(posted, accepted, problems);
        }
        return new Result(accepted, problems);
    }

    private static void aboutYou(Map<String, String> posted, LocalDate today, Map<String, String> accepted,
            List<FieldProblem> problems) {
        for (String field : DETAILS) {
            String value = text(posted, field);
            if (value != null) {
                accepted.put(field, value);
            }
        }
        required("firstName", "your first name", accepted, problems);
        required("lastName", "your last name", accepted, problems);
        String birth = accepted.get("dateOfBirth");
        if (birth != null) {
            try {
                LocalDate date = LocalDate.parse(birth);
                if (date.isAfter(today) || date.isBefore(today.minusYears(130))) {
                    problems.add(new FieldProblem("dateOfBirth", "Please check your date of birth"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("dateOfBirth", "Please enter your date of birth as year-month-day"));
            }
        }
        String email = accepted.get("email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem("email", "Please enter an e-mail address like name@example.com"));
        }
        for (String field : DETAILS) {
            String value = accepted.get(field);
            if (value != null && value.length() > 200) {
                problems.add(new FieldProblem(field, "Please shorten this to 200 characters or fewer"));
            }
        }
    }

    private static void problem(Map<String, String> posted, Map<String, String> accepted, List<FieldProblem> problems) {
        String complaint = text(posted, "complaint");
        if (complaint == null) {
            problems.add(new FieldProblem("complaint", "Please choose what brings you in"));
        } else if (!isComplaint(complaint)) {
            problems.add(new FieldProblem("complaint", "Please choose one of the listed problems"));
        } else {
            accepted.put("complaint", complaint.toUpperCase(Locale.ROOT));
        }
        String duration = text(posted, "duration");
        if (duration == null) {
            problems.add(new FieldProblem("duration", "Please say how long you have had it"));
        } else if (!List.of("WEEKS", "MONTHS", "LONGER").contains(duration)) {
            problems.add(new FieldProblem("duration", "Please choose one of the listed answers"));
        } else {
            accepted.put("duration", duration);
        }
        optional(posted, "bodyRegions", 500, accepted, problems);
        optional(posted, "goals", 2000, accepted, problems);
    }

    private static void health(Map<String, String> posted, Map<String, String> accepted, List<FieldProblem> problems) {
        for (RedFlag flag : RedFlag.values()) {
            String field = "flags." + flag.name();
            String answer = text(posted, field);
            if (answer == null) {
                problems.add(new FieldProblem(field, "Please answer yes or no"));
            } else if (!answer.equals("yes") && !answer.equals("no")) {
                problems.add(new FieldProblem(field, "Please answer yes or no"));
            } else {
                accepted.put(field, answer);
            }
        }
    }

    private static void measures(Map<String, String> posted, List<String> fixedActivities,
            Map<String, String> accepted, List<FieldProblem> problems) {
        scale(posted, "nprs", Measure.NPRS, "Please choose a number from 0 (no pain) to 10 (worst pain)", accepted,
                problems);
        for (int i = 1; i <= 3; i++) {
            scale(posted, "peg" + i, Measure.PEG, "Please choose a number from 0 to 10", accepted, problems);
        }
        if (fixedActivities.isEmpty()) {
            ownActivities(posted, accepted, problems);
        } else {
            for (int i = 1; i <= fixedActivities.size(); i++) {
                scale(posted, "rating" + i, Measure.PSFS, "Please rate this activity from 0 to 10", accepted, problems);
            }
        }
    }

    /** R1: one to five activities in the client's words, each rated 0 (unable) to 10 (as before). */
    private static void ownActivities(Map<String, String> posted, Map<String, String> accepted,
            List<FieldProblem> problems) {
        int highest = 0;
        for (String name : posted.keySet()) {
            Matcher matcher = ACTIVITY.matcher(name);
            if (matcher.matches() && text(posted, name) != null) {
                highest = Math.max(highest, Integer.parseInt(matcher.group(2).length() > 3 ? "999" : matcher.group(2)));
            }
        }
        if (highest > MAX_ACTIVITIES) {
            problems.add(new FieldProblem("activities", "Please list at most 5 activities"));
            return;
        }
        int named = 0;
        for (int i = 1; i <= MAX_ACTIVITIES; i++) {
            String activity = text(posted, "activity" + i);
            String rating = text(posted, "rating" + i);
            if (activity == null) {
                if (rating != null) {
                    problems.add(new FieldProblem("activity" + i, "Please name the activity you rated"));
                }
                continue;
            }
            named++;
            if (activity.length() > 200) {
                problems.add(new FieldProblem("activity" + i, "Please shorten this to 200 characters or fewer"));
            } else {
                accepted.put("activity" + i, activity);
            }
            scale(posted, "rating" + i, Measure.PSFS, "Please rate this activity from 0 (unable) to 10 (as before)",
                    accepted, problems);
        }
        if (named == 0) {
            problems.add(new FieldProblem("activity1", "Please name at least one activity that is hard for you now"));
        }
    }

    private static void consent(Map<String, String> posted, Map<String, String> accepted, List<FieldProblem> problems) {
        if ("yes".equals(text(posted, "consentTreatment"))) {
            accepted.put("consentTreatment", "yes");
        } else {
            problems.add(new FieldProblem("consentTreatment", "Please tick this box to agree to treatment"));
        }
        if ("yes".equals(text(posted, "consentSharing"))) {
            accepted.put("consentSharing", "yes");
        } else {
            problems.add(new FieldProblem("consentSharing", "Please tick this box to show you have read how your "
                    + "information is shared"));
        }
    }

    /** A scale the client tapped: digits only (no sign, no decimals), then R1's range of the measure. */
    private static void scale(Map<String, String> posted, String field, Measure measure, String message,
            Map<String, String> accepted, List<FieldProblem> problems) {
        String value = text(posted, field);
        if (value == null || !value.matches("\\d{1,2}") || measure.problemWith(new BigDecimal(value)) != null) {
            problems.add(new FieldProblem(field, message));
        } else {
            accepted.put(field, Integer.toString(Integer.parseInt(value)));
        }
    }

    private static void required(String field, String what, Map<String, String> accepted, List<FieldProblem> problems) {
        if (accepted.get(field) == null) {
            problems.add(new FieldProblem(field, "Please enter " + what));
        }
    }

    private static void optional(Map<String, String> posted, String field, int max, Map<String, String> accepted,
            List<FieldProblem> problems) {
        String value = text(posted, field);
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            problems.add(new FieldProblem(field, "Please shorten this to " + max + " characters or fewer"));
        } else {
            accepted.put(field, value);
        }
    }

    private static boolean isComplaint(String code) {
        for (Complaint complaint : Complaint.values()) {
            if (complaint.name().equals(code.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String text(Map<String, String> posted, String field) {
        String value = posted.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
