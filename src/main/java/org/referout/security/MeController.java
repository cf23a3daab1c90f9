package org.referout.security;

import org.referout.practice.CurrentPractice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who this token belongs to — the first call a script makes to check its token. */
@RestController
class MeController {

    record Me(long userId, String name, String email, String role, long practiceId) {
    }

    @GetMapping("/api/v1/me")
    Me me(CurrentPractice practice) {
        return new Me(practice.userId().value(), practice.userName(), practice.email(), practice.role().name(),
                practice.id().value());
    }
}
