package org.referout.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * R7.1 input framing: JSON Lines, or one JSON array of episodes, told apart by the first character.
 * Hands out records in input order, in batches, so the caller can evaluate batches on all cores. A JSON
 * Lines record is parsed by the caller (in parallel); a malformed line only spoils itself (R7.4). In an
 * array a malformed element ends the input, since nothing after it can be framed reliably.
 */
final class JsonRecords {

    static final int BATCH = 4096;

    /**
     * One episode's JSON: a line still to parse (its number), or an already parsed array element (its index),
     * or where it broke. Where it is, as text, is made only when an error names it.
     */
    record JsonRecord(int line, int index, String text, JsonNode node, String malformed) {

        String where() {
            return line > 0 ? "line " + line : "[" + index + "]";
        }

        JsonNode parse(JsonMapper mapper) {
            return node != null ? node : mapper.readTree(text);
        }
    }

    /**
     * The tree mapper and what needs Jackson's classes, in a class of its own so that they load on first use only:
     * an empty input loads no Jackson class at all, and a file of plain episodes never needs the tree mapper.
     */
    static final class Trees {
        static final JsonMapper MAPPER = JsonMapper.builder().build();

        private Trees() {
        }

        /** The record as a JSON tree; malformed JSON throws {@link Malformed}. */
        static JsonNode parse(JsonRecord record) {
            if (record.malformed() != null) {
                throw new Malformed(record.malformed());
            }
            try {
                return record.parse(MAPPER);
            } catch (JacksonException e) {
                throw new Malformed(shortMessage(e));
            }
        }

        static void readArray(BufferedReader reader, Consumer<List<JsonRecord>> batches) {
            List<JsonRecord> batch = new ArrayList<>(BATCH);
            int index = 0;
            try (JsonParser parser = MAPPER.createParser(reader)) {
                parser.nextToken(); // the '['
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    if (token == null) {
                        throw new IllegalStateException("the array is not closed");
                    }
                    JsonNode node = parser.readValueAsTree(); // not mapper.readTree: that rejects the elements that follow
                    batch.add(new JsonRecord(0, index, null, node, null));
                    index++;
                    if (batch.size() == BATCH) {
                        batches.accept(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
            } catch (JacksonException | IllegalStateException e) {
                batch.add(new JsonRecord(0, index, null, null, shortMessage(e)));
            }
            if (!batch.isEmpty()) {
                batches.accept(batch);
            }
        }
    }

    /** A record that is not JSON at all (R7.4), with Jackson's short message; its line has no id. */
    static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private JsonRecords() {
    }

    static void read(BufferedReader reader, Consumer<List<JsonRecord>> batches) throws IOException {
        if (startsWithArray(reader)) {
            Trees.readArray(reader, batches);
        } else {
            readLines(reader, batches);
        }
    }

    private static boolean startsWithArray(BufferedReader reader) throws IOException {
        while (true) {
            reader.mark(1);
            int c = reader.read();
            if (c < 0) {
                return false;
            }
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                reader.reset();
                return c == '[';
            }
        }
    }

    private static void readLines(BufferedReader reader, Consumer<List<JsonRecord>> batches) throws IOException {
        List<JsonRecord> batch = new ArrayList<>(BATCH);
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (!line.isBlank()) {
                batch.add(new JsonRecord(lineNumber, -1, line, null, null));
                if (batch.size() == BATCH) {
                    batches.accept(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
        if (!batch.isEmpty()) {
            batches.accept(batch);
        }
    }

    /** Jackson's first line, without the source location it appends. */
    static String shortMessage(Exception e) {
        String message = e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        String first = newline >= 0 ? message.substring(0, newline) : message;
        return first.length() > 160 ? first.substring(0, 160) + "…" : first;
    }
}
