package org.referout.progress;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.referout.clinical.Recommendation;
import org.referout.clinical.RedFlag;
import org.referout.clinical.RedFlagScreen;
import org.referout.clinical.RedFlagScreening;
import org.referout.progress.OffTrackReview.Alliance;
import org.referout.progress.OffTrackReview.Expectations;
import org.referout.progress.OffTrackReview.Homework;

/**
 * What the off-track review's answers suggest, and the red-flag level of the re-run screen (R5). A design
 * decision after OQ-Analyst's clinical support tools, not a published rule: the suggestions are prompts for the
 * therapist's judgement, and the therapist's decision is what is kept.
 */
public record ReviewAdvice(List<SuggestedAction> actions, RedFlagScreening redFlags) {

    /** Three different techniques without an important improvement: more of the same is unlikely to help. */
    static final int TECHNIQUES_BEFORE_REFERRING = 3;

    public ReviewAdvice {
        actions = List.copyOf(actions);
    }

    public static ReviewAdvice of(OffTrackReview review, Recommendation current) {
        return of(review, current, Set.of());
    }

    /**
     * @param standing the client's red flags that already count (R5: they belong to the client), weighed with the
     *                 re-run screen's new answers, so the review never says "none" while a flag stands
     */
    public static ReviewAdvice of(OffTrackReview review, Recommendation current, Set<RedFlag> standing) {
        Set<RedFlag> all = new java.util.HashSet<>(standing);
        all.addAll(review.redFlags());
        RedFlagScreening screening = RedFlagScreen.evaluate(all, Set.of());
        Set<SuggestedAction> actions = new LinkedHashSet<>();
        if (screening.hasLevel()) {
            actions.add(SuggestedAction.REFER_RED_FLAG);
        }
        if (current != null && current.isReferral()) {
            actions.add(SuggestedAction.REFER);
        }
        if (review.techniquesTried().size() >= TECHNIQUES_BEFORE_REFERRING) {
            actions.add(SuggestedAction.REFER);
        }
        else {
            actions.add(SuggestedAction.CHANGE_TECHNIQUE);
        }
        if (review.homework() == Homework.PARTLY || review.homework() == Homework.NOT_DONE) {
            actions.add(SuggestedAction.SIMPLIFY_HOMEWORK);
        }
        if (!review.lifeFactors().isEmpty()) {
            actions.add(SuggestedAction.ADDRESS_LIFE_FACTORS);
        }
        else if (review.homework() == Homework.DONE || review.homework() == Homework.NONE_GIVEN) {
            actions.add(SuggestedAction.ADJUST_DOSE);
        }
        if (review.expectations() != null && review.expectations() != Expectations.REALISTIC) {
            actions.add(SuggestedAction.TALK_ABOUT_EXPECTATIONS);
        }
        if (review.alliance() != null && review.alliance() != Alliance.GOOD) {
            actions.add(SuggestedAction.DISCUSS_THE_FIT);
        }
        return new ReviewAdvice(new ArrayList<>(actions), screening);
    }

    /** The decision the answers point to: refer when any suggestion is a referral, else continue with a change. */
    public Decision suggestedDecision() {
        return actions.contains(SuggestedAction.REFER_RED_FLAG) || actions.contains(SuggestedAction.REFER)
                ? Decision.REFER : Decision.CONTINUE_CHANGED_PLAN;
    }
}
