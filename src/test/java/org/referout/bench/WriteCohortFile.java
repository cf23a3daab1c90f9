package org.referout.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.referout.clinical.EpisodeInput;
import org.referout.clinical.Score;
import org.referout.clinical.SyntheticCohort;

/**
 * Writes synthetic episodes as R7.1 JSON Lines, for timing the {@code evaluate} command:
 * {@code java -cp … org.referout.bench.WriteCohortFile FILE COUNT VISITS SEED}.
 */
public final class WriteCohortFile {

    private WriteCohortFile() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int visits = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        SyntheticCohort cohort = new SyntheticCohort(args.length > 3 ? Long.parseLong(args[3]) : 42, 0.5);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write(json("ep-" + i, cohort.next(visits)));
                out.newLine();
            }
        }
    }

    static String json(String id, EpisodeInput episode) {
        StringBuilder json = new StringBuilder(80 + 70 * episode.scores().size());
        json.append("{\"id\":\"").append(id).append("\",\"complaint\":\"").append(episode.complaint())
                .append("\",\"chronic\":").append(episode.chronic()).append(",\"primaryMeasure\":\"")
                .append(episode.primaryMeasure()).append("\",\"redFlags\":[],\"clearedRedFlags\":[],\"scores\":[");
        for (int i = 0; i < episode.scores().size(); i++) {
            Score score = episode.scores().get(i);
            json.append(i == 0 ? "" : ",").append("{\"visit\":").append(score.visit()).append(",\"date\":\"")
                    .append(score.date()).append("\",\"measure\":\"").append(score.measure()).append("\",\"value\":")
                    .append(score.sum()).append('}');
        }
        return json.append("]}").toString();
    }
}
