package org.referout.referral;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Without a directory: no matches, and the page offers entering a recipient by hand. */
@Configuration(proxyBeanMethods = false)
class ProviderMatchesFallback {

    @Bean
    @ConditionalOnMissingBean(ProviderMatches.class)
    ProviderMatches noProviderMatches() {
        return (practice, zip, types, limit) -> List.of();
    }
}
