package org.referout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.referout.clinical.EpisodeInput;

import tools.jackson.databind.JsonNode;

/**
 * The streaming fast path (issue 19) reads a line only when it reads it exactly as the tree does: same episode,
 * same id text; everything else it leaves to the tree, which names the field and value (R7.4).
 */
class EpisodeStreamTests {

    private static List<String> goldenLines() throws IOException {
        try (InputStream in = EpisodeStreamTests.class.getResourceAsStream("/evaluate/golden-input.jsonl")) {
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }

    /** The fast path's reading of the line, checked against the tree's; the id when it read it, else null. */
    private static String readBothWays(String line) {
        EpisodeStream.Read fast = EpisodeStream.read(line);
        if (fast == null) {
            return null;
        }
        JsonNode node = JsonRecords.Trees.MAPPER.readTree(line);
        EpisodeInput[] tree = { null };
        assertThatCode(() -> tree[0] = EpisodeJson.read(node)).as(line).doesNotThrowAnyException();
        assertThat(fast.episode()).as(line).isEqualTo(tree[0]);
        JsonNode id = EpisodeJson.id(node);
        assertThat(fast.id()).as(line).isEqualTo(id == null ? "null" : id.toString());
        return fast.id();
    }

    @Test
    void readsThePlainEpisodesAsTheTreeDoesAndLeavesTheRestToIt() throws IOException {
        List<String> fast = new ArrayList<>();
        for (String line : goldenLines()) {
            String id = readBothWays(line);
            if (id != null) {
                fast.add(id);
            }
        }
        assertThat(fast).contains("\"ep-17\"", "\"on-track\"", "\"psfs-improving\"", "\"peg-on-track\"",
                "\"red-flags-combined\"", "\"chronic-plateau-no-dates\"", "\"nulls-are-absent\"",
                "\"fields-in-another-order\"", "\"groc-secondary\"", "\"last-line\"", "null");
        assertThat(fast).doesNotContain("\"duplicate-keys-last\"", "\"whole-floats\"", "42", "4.5", "\"trailing\"",
                "\"trailing-garbage\"");
        assertThat(fast).hasSizeBetween(35, 45);
    }

    @Test
    void randomlyDamagedEpisodesAreReadAsTheTreeReadsThemOrLeftToIt() {
        String episode = EvaluateCommandTests.EXAMPLE;
        String alphabet = "{}[]\":,0123456789.-eE nultrfasNPRSGOCVvisdm\\";
        Random random = new Random(19);
        int readFast = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder line = new StringBuilder(episode);
            for (int damage = random.nextInt(3) + 1; damage > 0; damage--) {
                int at = random.nextInt(line.length());
                switch (random.nextInt(3)) {
                    case 0 -> line.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> line.deleteCharAt(at);
                    default -> line.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String text = line.toString();
            boolean parses;
            try {
                JsonRecords.Trees.MAPPER.readTree(text);
                parses = true;
            } catch (RuntimeException e) {
                parses = false;
            }
            if (!parses) {
                assertThat(EpisodeStream.read(text)).as(text).isNull();
                continue;
            }
            try {
                EpisodeJson.read(JsonRecords.Trees.MAPPER.readTree(text));
            } catch (RuntimeException e) {
                assertThat(EpisodeStream.read(text)).as(text).isNull();
                continue;
            }
            if (readBothWays(text) != null) {
                readFast++;
            }
        }
        assertThat(readFast).isGreaterThan(1_000);
    }
}
