package org.referout.progress;

import java.util.Set;

import org.referout.clinical.RedFlag;
import org.referout.episode.EpisodeId;
import org.referout.practice.CurrentPractice;
import org.referout.practice.PracticeId;

/**
 * The red flags (R5) an episode's evaluation must weigh (R4.2). Declared here and supplied by the module that
 * keeps the answers (intake), so that progress needs no dependency on it; with no supplier, episodes have none.
 */
public interface EpisodeRedFlags {

    /** The client's flags that count for this episode (R5: flags belong to the client, not to one episode). */
    Flags of(PracticeId practice, EpisodeId episode);

    /**
     * The off-track review's re-run screen (C3): the flags the client answered yes to are kept with the client's
     * other answers, so they count for every open episode at once (R5). Audited by the supplier.
     */
    void answeredInReview(CurrentPractice by, EpisodeId episode, Set<RedFlag> yes);

    /** The flags answered yes, and those a therapist cleared (R5: a cleared flag no longer counts). */
    record Flags(Set<RedFlag> raised, Set<RedFlag> cleared) {

        public static final Flags NONE = new Flags(Set.of(), Set.of());

        public Flags {
            raised = Set.copyOf(raised);
            cleared = Set.copyOf(cleared);
        }
    }
}
