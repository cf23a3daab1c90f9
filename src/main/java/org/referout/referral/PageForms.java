package org.referout.referral;

import java.util.LinkedHashMap;
import java.util.Map;

import org.referout.web.BadRequestException;

/** Turns a service's field problems into the {@code errors} map the field fragment shows next to each input. */
final class PageForms {

    private PageForms() {
    }

    static Map<String, String> errors(BadRequestException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach(problem -> errors.merge(problem.field(), problem.message(), (a, b) -> a + "; " + b));
        return errors;
    }
}
