package org.referout.insights;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.referout.episode.Score;

/** How the practice's reports (the progress report, the whole record) write dates and scores: "2 Dec 2026", "Pain (NPRS) 7". */
final class ReportWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private ReportWords() {
    }

    static String score(Score score) {
        double value = score.score();
        String number = value % 1 == 0 ? String.valueOf((int) value) : String.format(Locale.ROOT, "%.1f", value);
        return score.measure().labelWithCode() + " " + number;
    }

    static String day(LocalDate date) {
        return date == null ? "-" : DAY.format(date);
    }
}
