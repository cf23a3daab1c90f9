package org.referout.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.referout.audit.AuditLog;
import org.referout.clinical.Recommendation;
import org.referout.episode.Episode;
import org.referout.episode.VisitGuard;
import org.referout.episode.VisitId;
import org.referout.episode.VisitInput;
import org.referout.practice.CurrentPractice;
import org.referout.web.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * C4: after an emergency or urgent red flag, a treatment visit needs the therapist's written reason
 * ({@code overrideReason}); the reason is kept with the visit and in the audit log. Plugged into the episode
 * module's visit recording through its {@link VisitGuard} interface, so the page and the API enforce it alike.
 */
@Component
class TreatmentOverride implements VisitGuard {

    static final String FIELD = "overrideReason";
    static final int MAX_REASON = 2000;

    /**
     * Set while an intake records its baseline visit: the client's scores from the questionnaire are no treatment,
     * so the override does not apply even when one of the client's flags already stands (R5: flags belong to the
     * client, so a second episode can start under an emergency flag).
     */
    private static final ThreadLocal<Boolean> BASELINE = ThreadLocal.withInitial(() -> false);

    /** Runs the recording of an intake's baseline visit, which is not a treatment visit. */
    static <T> T baseline(java.util.function.Supplier<T> recording) {
        BASELINE.set(true);
        try {
            return recording.get();
        }
        finally {
            BASELINE.remove();
        }
    }

    private final RedFlags redFlags;
    private final RedFlagRepository repository;
    private final AuditLog auditLog;
    private final Clock clock;

    TreatmentOverride(RedFlags redFlags, RedFlagRepository repository, AuditLog auditLog, Clock clock) {
        this.redFlags = redFlags;
        this.repository = repository;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public List<FieldProblem> check(CurrentPractice by, Episode episode, VisitInput input) {
        if (BASELINE.get()) {
            return List.of();
        }
        FlagScreen screen = redFlags.screen(by.id(), episode.id());
        if (!screen.blocksTreatment()) {
            return List.of();
        }
        String reason = reason(input);
        if (reason == null) {
            return List.of(new FieldProblem(FIELD, "this client has " + (screen.level() == Recommendation.REFER_EMERGENCY
                    ? "an emergency" : "an urgent") + " red flag ("
                    + String.join(", ", screen.flags().stream().map(ActiveFlag::label).toList())
                    + "); write why you are treating anyway, or clear the flag first"));
        }
        if (reason.length() > MAX_REASON) {
            return List.of(new FieldProblem(FIELD, "is longer than " + MAX_REASON + " characters"));
        }
        return List.of();
    }

    @Override
    public void recorded(CurrentPractice by, Episode episode, VisitId visit, VisitInput input) {
        if (BASELINE.get()) {
            return;
        }
        FlagScreen screen = redFlags.screen(by.id(), episode.id());
        if (!screen.blocksTreatment()) {
            return;
        }
        String reason = reason(input);
        repository.insertOverride(by.id(), episode.id(), visit, screen.level(), reason, by.userId(),
                OffsetDateTime.now(clock));
        auditLog.record(by, "TREATMENT_OVERRIDE", "visit", visit, episode.client().value(),
                screen.level() + " (" + String.join(", ", screen.flags().stream().map(ActiveFlag::code).toList())
                        + "): " + reason);
    }

    private static String reason(VisitInput input) {
        String reason = input.overrideReason();
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
