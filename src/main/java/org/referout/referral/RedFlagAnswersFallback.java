package org.referout.referral;

import java.util.List;

import org.referout.episode.EpisodeId;
import org.referout.practice.PracticeId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Until intake's red flags are wired in: no answers rather than a guess. */
@Configuration(proxyBeanMethods = false)
class RedFlagAnswersFallback {

    @Bean
    @ConditionalOnMissingBean(RedFlagAnswers.class)
    RedFlagAnswers noRedFlagAnswers() {
        return (PracticeId practice, EpisodeId episode) -> List.of();
    }
}
