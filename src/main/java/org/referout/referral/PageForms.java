package org.referout.referral;

import java.util.Map;

import org.referout.web.BadRequestException;
import org.referout.web.FieldErrors;

/** Turns a service's field problems into the {@code errors} map the field fragment shows next to each input. */
final class PageForms {

    private PageForms() {
    }

    static Map<String, String> errors(BadRequestException e) {
        return FieldErrors.byField(e);
    }
}
