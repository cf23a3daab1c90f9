package org.referout.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * R5 levels with the combination rule, and the R6 provider-type advice for a red-flag trigger. Pure functions so
 * each rule is a millisecond test. Stands in for the clinical core's screen until that lands.
 */
final class FlagRules {

    private FlagRules() {
    }

    /** R5: the most severe level among the flags; two or more REFER flags together make REFER_URGENT. Null: none. */
    static FlagLevel level(Collection<RedFlagQuestion> flags) {
        FlagLevel highest = null;
        for (RedFlagQuestion flag : flags) {
            if (highest == null || flag.level().compareTo(highest) > 0) {
                highest = flag.level();
            }
        }
        if (highest == FlagLevel.REFER && raisedByCombination(flags)) {
            return FlagLevel.REFER_URGENT;
        }
        return highest;
    }

    /** R5 combination: a design decision after IFOMPT (combinations, not single flags, carry the signal). */
    static boolean raisedByCombination(Collection<RedFlagQuestion> flags) {
        long refer = flags.stream().filter(flag -> flag.level() == FlagLevel.REFER).count();
        boolean higher = flags.stream().anyMatch(flag -> flag.level() != FlagLevel.REFER);
        return refer >= 2 && !higher;
    }

    /** R6, the rows whose trigger is a red flag. */
    static List<ProviderType> advice(FlagLevel level, Collection<RedFlagQuestion> flags) {
        var types = new ArrayList<ProviderType>();
        if (level == null) {
            return types;
        }
        if (level == FlagLevel.REFER_EMERGENCY) {
            boolean callNow = flags.contains(RedFlagQuestion.DVT_SIGNS)
                    || flags.contains(RedFlagQuestion.CHEST_PAIN_OR_BREATHLESSNESS);
            types.add(new ProviderType("207P00000X", callNow ? "Emergency services now (call 911)" : "Emergency department",
                    callNow ? "Possible blood clot or heart or lung problem: call emergency services now"
                            : "An emergency red flag needs same-day emergency assessment"));
            return types;
        }
        String why = level == FlagLevel.REFER_URGENT ? "Medical assessment within about two weeks"
                : "Discuss the red flag with the client's physician";
        types.add(new ProviderType("207Q00000X", "Primary care physician (family medicine)", why));
        types.add(new ProviderType("207R00000X", "Primary care physician (internal medicine)", why));
        types.add(new ProviderType("207QS0010X", "Sports medicine physician", "A spine or sports physician can assess it"));
        types.add(new ProviderType("2081P2900X", "Pain medicine physician", "A spine or pain physician can assess it"));
        types.add(new ProviderType("208100000X", "Physical medicine and rehabilitation physician",
                "A spine physician can assess it"));
        return types;
    }
}
