package org.referout.clinical;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** R5: the level of a set of red flags, after clearing, with the combination rule. */
public final class RedFlagScreen {

    private RedFlagScreen() {
    }

    /**
     * R5: the most severe level among the flags that are not cleared; two or more REFER-level flags
     * together raise it to REFER_URGENT (a design decision: combinations carry the signal).
     */
    public static RedFlagScreening evaluate(Collection<RedFlag> flags, Collection<RedFlag> cleared) {
        if (flags.isEmpty()) {
            return RedFlagScreening.NONE;
        }
        EnumSet<RedFlag> active = EnumSet.noneOf(RedFlag.class);
        active.addAll(flags);
        active.removeAll(cleared);
        if (active.isEmpty()) {
            return RedFlagScreening.NONE;
        }
        Recommendation level = null;
        int referLevelFlags = 0;
        for (RedFlag flag : active) {
            level = Recommendation.moreSevere(level, flag.level());
            if (flag.level() == Recommendation.REFER) {
                referLevelFlags++;
            }
        }
        boolean combined = referLevelFlags >= 2 && level == Recommendation.REFER;
        if (combined) {
            level = Recommendation.REFER_URGENT;
        }
        return new RedFlagScreening(level, Collections.unmodifiableSet(active), combined,
                reasons(active, referLevelFlags));
    }

    private static List<Reason> reasons(EnumSet<RedFlag> active, int referLevelFlags) {
        List<Reason> reasons = new ArrayList<>(active.size());
        for (RedFlag flag : active) {
            reasons.add(new Reason(ReasonCode.RED_FLAG, sentence(flag, referLevelFlags)));
        }
        return reasons;
    }

    private static String sentence(RedFlag flag, int referLevelFlags) {
        String start = "Red flag: " + flag.label().toLowerCase(Locale.ROOT) + ". ";
        return switch (flag.level()) {
            case REFER_EMERGENCY -> start + (flag.needsEmergencyServices()
                    ? "Do not treat; call emergency services now."
                    : "Do not treat; the client needs the emergency department today.");
            case REFER_URGENT -> start + "Do not treat the area until a doctor has seen the client, within about two weeks.";
            default -> start + (referLevelFlags >= 2
                    ? "Together with " + (referLevelFlags - 1) + " other warning sign" + (referLevelFlags > 2 ? "s" : "")
                            + " of this kind, the client should see a doctor within about two weeks."
                    : "Discuss with the client's doctor; treatment may continue with care.");
        };
    }
}
