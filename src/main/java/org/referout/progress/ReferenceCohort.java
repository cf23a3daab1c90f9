package org.referout.progress;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.referout.clinical.Complaint;
import org.referout.clinical.EpisodeInput;
import org.referout.clinical.Measure;
import org.referout.clinical.Score;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The built-in reference cohort of C3 ("until a practice has enough of its own"): synthetic closed episodes in
 * {@code progress/reference-cohort.txt}, generated deterministically by {@code ReferenceCohortGenerator} (test
 * sources; seed and model are written there) so that a new practice sees an expected band from day one. The
 * pages say the band comes from it. One episode per line: {@code COMPLAINT,chronic,MEASURE,s1;s2;…} where a
 * score of several items is written as items separated by spaces.
 */
@Component
class ReferenceCohort {

    static final String RESOURCE = "progress/reference-cohort.txt";

    private final boolean enabled;
    private final int ownEnough;
    private volatile List<EpisodeInput> episodes;

    ReferenceCohort(@Value("${referout.progress.reference-cohort:true}") boolean enabled,
            @Value("${referout.progress.own-episodes-enough:200}") int ownEnough) {
        this.enabled = enabled;
        this.ownEnough = ownEnough;
    }

    /** The cohort while the practice has fewer than {@code own-episodes-enough} closed episodes of its own. */
    List<EpisodeInput> episodesFor(int ownClosedEpisodes) {
        if (!enabled || ownClosedEpisodes >= ownEnough) {
            return List.of();
        }
        List<EpisodeInput> loaded = episodes;
        if (loaded == null) {
            loaded = load();
            episodes = loaded;
        }
        return loaded;
    }

    int ownEnough() {
        return ownEnough;
    }

    private static List<EpisodeInput> load() {
        var resource = new ClassPathResource(RESOURCE);
        if (!resource.exists()) {
            return List.of();
        }
        List<EpisodeInput> list = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    list.add(parse(line));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(list);
    }

    static EpisodeInput parse(String line) {
        String[] fields = line.split(",");
        Measure measure = Measure.valueOf(fields[2]);
        String[] visits = fields[3].split(";");
        List<Score> scores = new ArrayList<>(visits.length);
        for (int i = 0; i < visits.length; i++) {
            int[] items = Arrays.stream(visits[i].trim().split(" ")).mapToInt(Integer::parseInt).toArray();
            scores.add(Score.ofItems(i + 1, null, measure, items));
        }
        return EpisodeInput.of(Complaint.valueOf(fields[0]), Boolean.parseBoolean(fields[1]), measure, scores);
    }
}
