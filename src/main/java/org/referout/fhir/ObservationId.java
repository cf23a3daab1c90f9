package org.referout.fhir;

import java.util.Locale;
import java.util.Optional;

import org.referout.clinical.Measure;
import org.referout.episode.VisitId;

/**
 * A score has no id of its own: it is the one score of a measure at a visit. Its Observation id is therefore
 * "{visit id}-{measure}", e.g. {@code 42-nprs}, which FHIR's id syntax allows and which reads back unambiguously.
 */
record ObservationId(VisitId visit, Measure measure) {

    static String of(VisitId visit, Measure measure) {
        return visit + "-" + measure.name().toLowerCase(Locale.ROOT);
    }

    static Optional<ObservationId> parse(String id) {
        int dash = id.indexOf('-');
        if (dash < 1) {
            return Optional.empty();
        }
        try {
            long visit = Long.parseLong(id.substring(0, dash));
            Measure measure = Measure.valueOf(id.substring(dash + 1).toUpperCase(Locale.ROOT));
            return Optional.of(new ObservationId(new VisitId(visit), measure));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
