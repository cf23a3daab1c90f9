package org.referout.datarights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the de-identified outcomes: one line per score, with the client replaced by a pseudonym, every date moved
 * by that client's own shift (so intervals within a client stay true), the ZIP cut to 3 digits, and no free text.
 */
final class OutcomeCsv {

    static final String[] HEADER = { "client", "zip3", "episode", "complaint", "episode_status", "episode_start",
            "visit_number", "visit_date", "measure", "score", "items" };

    private OutcomeCsv() {
    }

    static void write(List<OutcomeRepository.ScoreRow> rows, Map<Long, OutcomeRepository.Pseudonym> pseudonyms,
            Writer out) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            Map<Long, Integer> episodeNumbers = new HashMap<>();
            Map<Long, Integer> episodesPerClient = new HashMap<>();
            for (OutcomeRepository.ScoreRow row : rows) {
                var pseudonym = pseudonyms.get(row.clientId());
                int episode = episodeNumbers.computeIfAbsent(row.episodeId(),
                        id -> episodesPerClient.merge(row.clientId(), 1, Integer::sum));
                csv.printRecord(pseudonym.name(), zip3(row.zip()), episode, row.complaint(), row.episodeStatus(),
                        row.episodeStart().plusDays(pseudonym.dayShift()), row.visitNumber(),
                        row.visitDate().plusDays(pseudonym.dayShift()), row.measure(), row.score(),
                        row.items() == null ? "" : row.items().replace(',', ' '));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** HIPAA Safe Harbor keeps the first three ZIP digits; anything that is not a US ZIP is left out. */
    static String zip3(String zip) {
        if (zip == null) {
            return "";
        }
        String digits = zip.replaceAll("\\D", "");
        return digits.length() >= 5 ? digits.substring(0, 3) : "";
    }
}
