package org.referout.referral;

import java.util.List;

import org.referout.episode.EpisodeId;
import org.referout.practice.PracticeId;

/**
 * Adapter: the red-flag answers of an episode, in plain words, for the referral summary. The intake module owns
 * them; until its {@code RedFlags} service is merged this port reports none (see RedFlagAnswersFallback).
 */
interface RedFlagAnswers {

    List<String> answers(PracticeId practice, EpisodeId episode);
}
