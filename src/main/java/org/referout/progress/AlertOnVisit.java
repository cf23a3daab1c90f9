package org.referout.progress;

import org.referout.episode.VisitRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Raises alerts after the visit's transaction commits. The publication is kept in the event log until this
 * returns, so a crash in between redelivers it on restart; Alerts.reconsider is idempotent for that reason.
 */
@Component
class AlertOnVisit {

    private final Alerts alerts;

    AlertOnVisit(Alerts alerts) {
        this.alerts = alerts;
    }

    @ApplicationModuleListener
    void on(VisitRecorded event) {
        alerts.reconsider(event.practice(), event.episode(), event.visit());
    }
}
