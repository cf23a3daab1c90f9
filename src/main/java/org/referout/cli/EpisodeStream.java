package org.referout.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.referout.clinical.Complaint;
import org.referout.clinical.EpisodeInput;
import org.referout.clinical.Measure;
import org.referout.clinical.RedFlag;
import org.referout.clinical.Score;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The fast path of R7.1 for one line: reads a well-formed episode token by token, with no JSON tree (issue 19).
 * It reads only what it can read exactly as {@link EpisodeJson} reads the tree: anything else — malformed JSON,
 * an unknown code, a value of another type, a number that is not an int, a duplicate field, an id that is not
 * plain text — gives null, and the caller reads the line through the tree, which names the field and the value
 * (R7.4) as before. So the output stays byte for byte as it was (R7.2), and only the common case is fast.
 */
final class EpisodeStream {

    /** The episode's id as JSON text (as {@code JsonNode.toString()} writes it), and the episode. */
    record Read(String id, EpisodeInput episode) {
    }

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Complaint[] COMPLAINTS = Complaint.values();
    private static final Measure[] MEASURES = Measure.values();
    private static final RedFlag[] RED_FLAGS = RedFlag.values();

    private static final int ID = 1;
    private static final int COMPLAINT = 2;
    private static final int PRIMARY = 4;
    private static final int CHRONIC = 8;
    private static final int RED_FLAGS_FIELD = 16;
    private static final int CLEARED = 32;
    private static final int SCORES = 64;

    private EpisodeStream() {
    }

    /** The episode of one JSON Lines line, or null when only the tree can say what it is. */
    static Read read(String line) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), line)) {
            return episode(parser);
        } catch (JacksonException | DateTimeException e) {
            return null;
        }
    }

    private static Read episode(JsonParser p) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String id = "null";
        Complaint complaint = null;
        Measure primary = null;
        boolean chronic = false;
        EnumSet<RedFlag> flags = null;
        EnumSet<RedFlag> cleared = null;
        List<Score> scores = null;
        int seen = 0;
        JsonToken token = p.nextToken();
        for (; token == JsonToken.PROPERTY_NAME; token = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            int field;
            switch (name) {
                case "id" -> {
                    field = ID;
                    id = value == JsonToken.VALUE_NULL ? "null" : value == JsonToken.VALUE_STRING ? plainId(p) : null;
                    if (id == null) {
                        return null;
                    }
                }
                case "complaint" -> {
                    field = COMPLAINT;
                    complaint = code(p, value, COMPLAINTS);
                    if (complaint == null) {
                        return null;
                    }
                }
                case "primaryMeasure" -> {
                    field = PRIMARY;
                    primary = code(p, value, MEASURES);
                    if (primary == null) {
                        return null;
                    }
                }
                case "chronic" -> {
                    field = CHRONIC;
                    if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE && value != JsonToken.VALUE_NULL) {
                        return null;
                    }
                    chronic = value == JsonToken.VALUE_TRUE;
                }
                case "redFlags" -> {
                    field = RED_FLAGS_FIELD;
                    flags = flags(p, value);
                    if (flags == null) {
                        return null;
                    }
                }
                case "clearedRedFlags" -> {
                    field = CLEARED;
                    cleared = flags(p, value);
                    if (cleared == null) {
                        return null;
                    }
                }
                case "scores" -> {
                    field = SCORES;
                    scores = value == JsonToken.START_ARRAY ? scores(p) : null;
                    if (scores == null) {
                        return null;
                    }
                }
                default -> {
                    field = 0;
                    p.skipChildren();
                }
            }
            if ((seen & field) != 0) {
                return null; // a duplicate: the tree keeps the last one, let it
            }
            seen |= field;
        }
        if (token != JsonToken.END_OBJECT || p.nextToken() != null || complaint == null || primary == null
                || scores == null) {
            return null;
        }
        return new Read(id, new EpisodeInput(complaint, chronic, primary,
                flags == null ? EnumSet.noneOf(RedFlag.class) : flags,
                cleared == null ? EnumSet.noneOf(RedFlag.class) : cleared, scores));
    }

    private static List<Score> scores(JsonParser p) {
        List<Score> scores = new ArrayList<>(12);
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            Score score = token == JsonToken.START_OBJECT ? score(p) : null;
            if (score == null) {
                return null;
            }
            scores.add(score);
        }
        return scores;
    }

    private static Score score(JsonParser p) {
        int visit = 0;
        LocalDate date = null;
        Measure measure = null;
        int value = 0;
        int[] items = null;
        int seen = 0;
        JsonToken token = p.nextToken();
        for (; token == JsonToken.PROPERTY_NAME; token = p.nextToken()) {
            String name = p.currentName();
            JsonToken next = p.nextToken();
            int field;
            switch (name) {
                case "visit" -> {
                    field = 1;
                    if (!isInt(p, next)) {
                        return null;
                    }
                    visit = p.getIntValue();
                }
                case "date" -> {
                    field = 2;
                    if (next == JsonToken.VALUE_STRING) {
                        date = date(p);
                        if (date == null) {
                            return null;
                        }
                    } else if (next != JsonToken.VALUE_NULL) {
                        return null;
                    }
                }
                case "measure" -> {
                    field = 4;
                    measure = code(p, next, MEASURES);
                    if (measure == null) {
                        return null;
                    }
                }
                case "value" -> {
                    field = 8;
                    if (!isInt(p, next)) {
                        return null;
                    }
                    value = p.getIntValue();
                }
                case "items" -> {
                    field = 16;
                    items = next == JsonToken.START_ARRAY ? items(p) : null;
                    if (items == null) {
                        return null;
                    }
                }
                default -> {
                    field = 0;
                    p.skipChildren();
                }
            }
            if ((seen & field) != 0) {
                return null;
            }
            seen |= field;
        }
        if (token != JsonToken.END_OBJECT || measure == null || (seen & 1) == 0) {
            return null;
        }
        if (measure.isSingleItem()) {
            return (seen & 8) != 0 && measure.problemWith(value) == null ? Score.of(visit, date, measure, value) : null;
        }
        if (items == null) {
            return null;
        }
        for (int item : items) {
            if (measure.problemWith(item) != null) {
                return null;
            }
        }
        return Score.ofItems(visit, date, measure, items);
    }

    private static int[] items(JsonParser p) {
        int[] items = new int[5];
        int n = 0;
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            if (!isInt(p, token)) {
                return null;
            }
            if (n == items.length) {
                items = Arrays.copyOf(items, n * 2);
            }
            items[n++] = p.getIntValue();
        }
        return n == items.length ? items : Arrays.copyOf(items, n);
    }

    private static boolean isInt(JsonParser p, JsonToken token) {
        return token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT;
    }

    private static EnumSet<RedFlag> flags(JsonParser p, JsonToken token) {
        EnumSet<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        if (token == JsonToken.VALUE_NULL) {
            return flags;
        }
        if (token != JsonToken.START_ARRAY) {
            return null;
        }
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            RedFlag flag = code(p, t, RED_FLAGS);
            if (flag == null) {
                return null;
            }
            flags.add(flag);
        }
        return flags;
    }

    /** The constant whose name is the string, compared in place (no String made); null when none is. */
    private static <E extends Enum<E>> E code(JsonParser p, JsonToken token, E[] values) {
        if (token != JsonToken.VALUE_STRING) {
            return null;
        }
        char[] chars = p.getStringCharacters();
        int offset = p.getStringOffset();
        int length = p.getStringLength();
        for (E value : values) {
            String name = value.name();
            if (name.length() == length && matches(name, chars, offset)) {
                return value;
            }
        }
        return null;
    }

    private static boolean matches(String name, char[] chars, int offset) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * YYYY-MM-DD with ASCII digits, which is what {@code LocalDate.parse} reads in ten characters; null for
     * anything else (the tree path then reads it, or names it). An impossible day throws DateTimeException.
     */
    private static LocalDate date(JsonParser p) {
        char[] c = p.getStringCharacters();
        int o = p.getStringOffset();
        if (p.getStringLength() != 10 || c[o + 4] != '-' || c[o + 7] != '-') {
            return null;
        }
        int year = digits(c, o, 4);
        int month = digits(c, o + 5, 2);
        int day = digits(c, o + 8, 2);
        return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
    }

    private static int digits(char[] c, int offset, int count) {
        int value = 0;
        for (int i = offset; i < offset + count; i++) {
            if (c[i] < '0' || c[i] > '9') {
                return -1;
            }
            value = value * 10 + (c[i] - '0');
        }
        return value;
    }

    /** A string id of printable ASCII without quote or backslash: the JSON text is the string in quotes. */
    private static String plainId(JsonParser p) {
        char[] c = p.getStringCharacters();
        int o = p.getStringOffset();
        int length = p.getStringLength();
        StringBuilder id = new StringBuilder(length + 2).append('"');
        for (int i = o; i < o + length; i++) {
            if (c[i] < 0x20 || c[i] > 0x7e || c[i] == '"' || c[i] == '\\') {
                return null;
            }
        }
        return id.append(c, o, length).append('"').toString();
    }
}
