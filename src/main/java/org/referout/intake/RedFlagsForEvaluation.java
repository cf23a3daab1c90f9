package org.referout.intake;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Set;

import org.referout.clinical.RedFlag;
import org.referout.episode.EpisodeId;
import org.referout.practice.CurrentPractice;
import org.referout.practice.PracticeId;
import org.referout.progress.EpisodeRedFlags;
import org.springframework.stereotype.Component;

/**
 * Supplies progress's EpisodeRedFlags from the stored answers, so every evaluation's final recommendation weighs
 * the red flags (R4.2) on the episode page, the API and in alerts, exactly as the banner does.
 */
@Component
class RedFlagsForEvaluation implements EpisodeRedFlags {

    private final RedFlags redFlags;

    RedFlagsForEvaluation(RedFlags redFlags) {
        this.redFlags = redFlags;
    }

    @Override
    public Flags of(PracticeId practice, EpisodeId episode) {
        FlagScreen screen = redFlags.screen(practice, episode);
        Set<RedFlag> raised = EnumSet.noneOf(RedFlag.class);
        screen.flags().forEach(flag -> raised.add(flag.flag()));
        Set<RedFlag> cleared = EnumSet.noneOf(RedFlag.class);
        screen.cleared().forEach(flag -> {
            try {
                cleared.add(RedFlag.valueOf(flag.code()));
            }
            catch (IllegalArgumentException unknownCode) {
                // a code retired from R5 no longer counts either way
            }
        });
        // The screen already leaves cleared flags out of "flags"; passing both keeps R5's rule explicit.
        cleared.removeAll(raised);
        return new Flags(raised, cleared);
    }

    @Override
    public void answeredInReview(CurrentPractice by, EpisodeId episode, Set<RedFlag> yes) {
        if (yes.isEmpty()) {
            return;
        }
        var answers = new LinkedHashMap<String, Boolean>();
        yes.stream().sorted().forEach(flag -> answers.put(flag.name(), true));
        redFlags.review(by, episode, answers);
    }
}
