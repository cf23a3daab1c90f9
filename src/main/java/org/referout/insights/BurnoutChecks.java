package org.referout.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.referout.clinical.CbiAnswers;
import org.referout.clinical.CbiScale;
import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The burnout self-check (C7, R9), private to the user who answered. Every method takes the signed-in user and
 * only ever touches that user's rows: there is no way to ask for someone else's checks, so an owner cannot see a
 * therapist's answers through this service, and nothing here is written to the audit log or any export.
 */
@Service
public class BurnoutChecks {

    private final BurnoutRepository repository;
    private final Clock clock;

    BurnoutChecks(BurnoutRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Stores a check. At least one scale must get a score, or there is nothing to show the user. */
    @Transactional
    public BurnoutCheck take(CurrentPractice me, CbiAnswers answers) {
        requireSomeScore(answers);
        var takenAt = clock.instant();
        long id = repository.insert(me.id(), me.userId(), takenAt, answers);
        return new BurnoutCheck(id, takenAt, answers);
    }

    /** The user's own checks, oldest first. */
    @Transactional(readOnly = true)
    public List<BurnoutCheck> history(CurrentPractice me) {
        return repository.history(me.id(), me.userId());
    }

    @Transactional(readOnly = true)
    public Optional<BurnoutCheck> find(CurrentPractice me, long id) {
        return repository.find(me.id(), me.userId(), id);
    }

    /** Whether to suggest a retake (every three months); the home page shows it too. */
    @Transactional(readOnly = true)
    public BurnoutReminder reminder(CurrentPractice me) {
        List<BurnoutCheck> history = history(me);
        Optional<LocalDate> last = history.isEmpty() ? Optional.empty()
                : Optional.of(LocalDate.ofInstant(history.get(history.size() - 1).takenAt(), clock.getZone()));
        return BurnoutReminder.of(repository.reminderEnabled(me.id(), me.userId()), last, LocalDate.now(clock));
    }

    @Transactional
    public void setReminder(CurrentPractice me, boolean enabled) {
        repository.setReminder(me.id(), me.userId(), enabled);
    }

    // R9: a scale with fewer answers than its minimum has no score; a check with no score at all is refused.
    private static void requireSomeScore(CbiAnswers answers) {
        boolean anyScore = false;
        for (CbiScale scale : CbiScale.values()) {
            anyScore |= answers.answeredIn(scale) >= scale.minimumAnswered();
        }
        if (!anyScore) {
            throw new BadRequestException("answers", "Answer at least 3 questions in one part (4 about work) "
                    + "so that a score can be worked out");
        }
    }
}
