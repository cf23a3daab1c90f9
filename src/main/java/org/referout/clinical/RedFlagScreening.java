package org.referout.clinical;

import java.util.List;
import java.util.Set;

/**
 * The result of the R5 screen: the level (null when no flag counts), the flags that count (not cleared),
 * whether the combination rule raised the level, and one {@link ReasonCode#RED_FLAG} reason per flag.
 */
public record RedFlagScreening(Recommendation level, Set<RedFlag> activeFlags, boolean combined,
                               List<Reason> reasons) {

    static final RedFlagScreening NONE = new RedFlagScreening(null, Set.of(), false, List.of());

    public boolean hasLevel() {
        return level != null;
    }
}
