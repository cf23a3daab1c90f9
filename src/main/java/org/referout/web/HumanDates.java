package org.referout.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Every date a person reads, in one format: "2 Dec 2026", with the time "2 Dec 2026, 14:05". Templates call it as
 * {@code #when.day(x)} and {@code #when.time(x)}; a moment ({@link Instant}, {@link OffsetDateTime}) is shown in the
 * application clock's zone, so a visit saved at 23:30 is not shown on the next day.
 */
public final class HumanDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final Clock clock;

    public HumanDates(Clock clock) {
        this.clock = clock;
    }

    /** "2 Dec 2026"; an empty string for no date, so a template need not test for null. */
    public String day(Object date) {
        return format(date, DAY);
    }

    /** "2 Dec 2026, 14:05"; a plain date has no time, so it is shown as a day. */
    public String time(Object moment) {
        if (moment instanceof LocalDate) {
            return format(moment, DAY);
        }
        return format(moment, TIME);
    }

    private String format(Object value, DateTimeFormatter format) {
        if (value == null) {
            return "";
        }
        return format.format(local(value));
    }

    private TemporalAccessor local(Object value) {
        if (value instanceof Instant instant) {
            return instant.atZone(clock.getZone());
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(clock.getZone());
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(clock.getZone());
        }
        if (value instanceof LocalDateTime || value instanceof LocalDate) {
            return (TemporalAccessor) value;
        }
        throw new IllegalArgumentException("not a date: " + value.getClass().getName());
    }
}
