package org.referout.referral;

import java.util.List;

import org.referout.episode.ScoreHistory;
import org.referout.intake.FlagScreen;

/**
 * The reason a new referral starts with, in words a therapist can read to the client. Built from the episode's own
 * scores; where progress' evaluation reasons are available they should lead (adapter until that is merged here).
 */
final class ReasonDraft {

    private ReasonDraft() {
    }

    static String of(ScoreHistory history, FlagScreen redFlags) {
        if (redFlags.positive()) {
            return "Positive red-flag screen (" + redFlags.level().label().toLowerCase(java.util.Locale.ROOT) + "): " + redFlags.headline() + ". "
                    + String.join(" ", redFlags.reasons().stream()
                .map(org.referout.clinical.Reason::text)
                .toList());
        }
        List<ScoreHistory.Entry> primary = history.scores().stream()
            .filter(entry -> entry.score().measure() == history.primaryMeasure())
            .toList();
        if (primary.size() < 2) {
            return history.complaint().label() + ": a second opinion is needed.";
        }
        ScoreHistory.Entry first = primary.get(0);
        ScoreHistory.Entry last = primary.get(primary.size() - 1);
        return history.complaint().label() + ": " + history.primaryMeasure().labelWithCode() + " was "
                + number(first.score().score()) + " at visit " + first.visit() + " and is "
                + number(last.score().score()) + " at visit " + last.visit()
                + ". Massage alone has not brought the expected improvement.";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.1f", value);
    }
}
