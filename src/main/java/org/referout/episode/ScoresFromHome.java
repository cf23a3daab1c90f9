package org.referout.episode;

import java.util.Optional;

import org.referout.practice.PracticeId;

/**
 * Where the scores a client answered at home come from (intake's before-visit links). Declared here so that the
 * visit form and {@link Episodes#answeredAtHome} need no dependency on intake; {@link Episodes} keeps only the answer
 * given after the episode's newest visit was recorded.
 */
public interface ScoresFromHome {

    /** The newest answer the client gave at home for this episode, used or not. */
    Optional<AnsweredAtHome> newest(PracticeId practice, EpisodeId episode);
}
