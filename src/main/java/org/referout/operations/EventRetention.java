package org.referout.operations;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Completed module events are only history once their listeners ran, yet they carry what the events carried (an
 * e-mail address, a referral id) into every backup. They are deleted after {@code referout.events.retention}
 * (default 7 days; the operator sets it), checked every hour. Pending events are never touched: they are the crash
 * safety of the after-commit listeners.
 */
@Component
@Lazy(false)
class EventRetention {

    private final CompletedEventPublications completed;
    private final Duration retention;

    EventRetention(CompletedEventPublications completed, @Value("${referout.events.retention:P7D}") Duration retention) {
        this.completed = completed;
        this.retention = retention;
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    void purge() {
        completed.deletePublicationsOlderThan(retention);
    }

    Duration retention() {
        return retention;
    }
}
