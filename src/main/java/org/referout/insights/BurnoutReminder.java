package org.referout.insights;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether to suggest retaking the burnout self-check: every three months after the last one, unless the user
 * turned the reminder off. Public so that the home page can show it.
 *
 * @param enabled   the user wants the reminder
 * @param lastTaken the day of their latest check, if any
 * @param dueOn     when the next check is suggested (today if they never took one)
 * @param due       enabled and dueOn has come
 */
public record BurnoutReminder(boolean enabled, Optional<LocalDate> lastTaken, LocalDate dueOn, boolean due) {

    static final int MONTHS_BETWEEN_CHECKS = 3;

    static BurnoutReminder of(boolean enabled, Optional<LocalDate> lastTaken, LocalDate today) {
        LocalDate dueOn = lastTaken.map(day -> day.plusMonths(MONTHS_BETWEEN_CHECKS)).orElse(today);
        return new BurnoutReminder(enabled, lastTaken, dueOn, enabled && !today.isBefore(dueOn));
    }
}
