package org.referout.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.referout.client.ClientDetails;
import org.referout.clinical.RedFlag;
import org.referout.episode.EpisodeStart;
import org.referout.episode.ScoreInput;

/**
 * The accepted answers of every page done so far, as the client typed them (field name → text). This is what the
 * draft stores between pages, and what completion turns into the client's record, the episode and its baseline.
 */
record IntakeAnswers(Map<String, String> values) {

    IntakeAnswers {
        values = Map.copyOf(values);
    }

    static IntakeAnswers empty() {
        return new IntakeAnswers(Map.of());
    }

    /** This page's accepted fields replace what the page had before; other pages' answers stay. */
    IntakeAnswers with(Step step, Map<String, String> accepted) {
        var merged = new LinkedHashMap<String, String>();
        values.forEach((field, value) -> {
            if (!belongsTo(step, field)) {
                merged.put(field, value);
            }
        });
        merged.putAll(accepted);
        return new IntakeAnswers(merged);
    }

    String get(String field) {
        return values.get(field);
    }

    boolean chronic() {
        // R4: chronic = symptoms for more than three months at intake.
        return "LONGER".equals(values.get("duration"));
    }

    /** Blank answers keep what the practice already has; a client cannot erase their record from a link. */
    ClientDetails mergeInto(ClientDetails known) {
        return new ClientDetails(or("firstName", known.firstName()), or("lastName", known.lastName()),
                values.containsKey("dateOfBirth") ? LocalDate.parse(values.get("dateOfBirth")) : known.dateOfBirth(),
                or("email", known.email()), or("phone", known.phone()), or("addressLine1", known.addressLine1()),
                or("addressLine2", known.addressLine2()), or("city", known.city()), or("state", known.state()),
                or("zip", known.zip()), or("preferredLanguage", known.preferredLanguage()), true);
    }

    List<String> activities() {
        var activities = new ArrayList<String>();
        for (int i = 1; i <= IntakeChecks.MAX_ACTIVITIES; i++) {
            if (values.containsKey("activity" + i)) {
                activities.add(values.get("activity" + i));
            }
        }
        return activities;
    }

    /**
     * NPRS is the primary measure unless the client reports almost no pain, where NPRS has no room to improve
     * (R2: baseline ≤ 1); then their own activities (PSFS) are.
     */
    EpisodeStart episodeStart(LocalDate today) {
        String primary = number("nprs") <= 1 ? "PSFS" : "NPRS";
        String regions = values.get("bodyRegions");
        return new EpisodeStart(values.get("complaint"), chronic(), regions == null ? List.of() : List.of(regions),
                values.get("goals"), primary, activities(), today);
    }

    /** R1: NPRS, PEG-3 (3 items) and PSFS (one rating per activity, in order). */
    List<ScoreInput> scores(int activityCount) {
        var scores = new ArrayList<ScoreInput>();
        scores.add(new ScoreInput("NPRS", BigDecimal.valueOf(number("nprs")), null));
        scores.add(new ScoreInput("PEG", null, List.of(BigDecimal.valueOf(number("peg1")),
                BigDecimal.valueOf(number("peg2")), BigDecimal.valueOf(number("peg3")))));
        if (activityCount > 0) {
            var ratings = new ArrayList<BigDecimal>();
            for (int i = 1; i <= activityCount; i++) {
                ratings.add(BigDecimal.valueOf(number("rating" + i)));
            }
            scores.add(new ScoreInput("PSFS", null, ratings));
        }
        return scores;
    }

    Map<RedFlag, Boolean> flags() {
        var flags = new LinkedHashMap<RedFlag, Boolean>();
        for (RedFlag flag : RedFlag.values()) {
            String answer = values.get("flags." + flag.name());
            if (answer != null) {
                flags.put(flag, answer.equals("yes"));
            }
        }
        return flags;
    }

    int number(String field) {
        return Integer.parseInt(values.get(field));
    }

    private String or(String field, String known) {
        return values.getOrDefault(field, known);
    }

    static boolean belongsTo(Step step, String field) {
        return switch (step) {
            case ABOUT_YOU -> IntakeChecks.DETAILS.contains(field);
            case PROBLEM -> List.of("complaint", "duration", "bodyRegions", "goals").contains(field);
            case HEALTH -> field.startsWith("flags.");
            case MEASURES -> field.equals("nprs") || field.startsWith("peg") || field.startsWith("activity")
                    || field.startsWith("rating");
            case CONSENT -> field.startsWith("consent");
        };
    }
}
