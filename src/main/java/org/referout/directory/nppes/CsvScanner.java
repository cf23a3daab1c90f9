package org.referout.directory.nppes;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The records of an RFC 4180 file (comma, double quote, CR, LF or CRLF), scanned as UTF-8 bytes. An NPPES row has
 * 330 quoted fields of which the directory uses about 45, so a field only becomes a String when asked for: the
 * scanner records where each field lies in its buffer and decodes nothing else. That is what makes parsing cheap
 * enough for the import's rows-per-second budget (commons-csv decoded and copied every field of every row).
 * <p>
 * It reads exactly as commons-csv's {@code CSVFormat.RFC4180} did before it, which the reader's line numbers and
 * rejections depend on: a field that starts with a quote is quoted ({@code ""} is one quote) and may span lines;
 * only whitespace may follow its closing quote; a quote inside an unquoted field is an ordinary character; an empty
 * line is a record of one empty field; {@link #lines()} counts CR, LF and CRLF the same way, quoted ones included.
 * The delimiters are ASCII, which never occurs inside a multi-byte UTF-8 character, so scanning bytes and decoding
 * single fields gives the same text as decoding the whole stream.
 */
final class CsvScanner implements Closeable {

    private static final byte QUOTE = '"', COMMA = ',', CR = '\r', LF = '\n';
    private static final int EOF = -1, UNDEFINED = -2, END_OF_RECORD = -3;

    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    /** Where the current record starts: the buffer keeps it whole (moving or growing) until the next record. */
    private int recordStart;
    /** The byte just before buffer[0], for telling a lone LF from a CRLF after the buffer moved. */
    private int beforeBuffer = UNDEFINED;
    private boolean streamEnded;
    private boolean endConsumed;
    private long bytesRead;
    private long lines;

    private int size;
    private int[] starts = new int[512];
    private int[] ends = new int[512];
    private boolean[] doubledQuotes = new boolean[512];
    private int tokenStart;
    private byte[] scratch = new byte[256];

    CsvScanner(InputStream in) {
        this.in = in;
    }

    /** Line ends consumed so far, as commons-csv's current line number: after a record, the line it ends on. */
    long lines() {
        return lines;
    }

    /** Bytes taken from the stream so far (read-ahead included). */
    long bytesRead() {
        return bytesRead;
    }

    /** Fields in the current record. */
    int size() {
        return size;
    }

    /**
     * Advances to the next record; false at the end of the input. A quoted field left open at the end of the input,
     * or anything but whitespace after a closing quote, makes the rest unreadable: an IOException.
     */
    boolean next() throws IOException {
        size = 0;
        if (endConsumed) {
            return false;
        }
        recordStart = position;
        int c = read();
        if (c == EOF) {
            return false;
        }
        while (true) {
            int ended;
            if (c == COMMA) {
                addField(position - 1, position - 1, false);
                ended = COMMA;
            }
            else if (c == CR || c == LF) {
                addField(position - 1, position - 1, false);
                endOfLine(c);
                return true;
            }
            else if (c == QUOTE && position + 1 < limit && buffer[position] == QUOTE && buffer[position + 1] == COMMA) {
                // "", : most of an NPPES row's 330 fields are empty
                addField(position, position, false);
                position += 2;
                ended = COMMA;
            }
            else if (c == QUOTE) {
                ended = quoted();
            }
            else {
                ended = unquoted();
            }
            if (ended != COMMA) {
                return true;
            }
            c = read();
            if (c == EOF) {
                addField(position, position, false);
                return true;
            }
        }
    }

    /** The first byte is consumed. Ends at a comma, a line end or the end of the input. */
    private int unquoted() throws IOException {
        tokenStart = position - 1;
        while (true) {
            byte[] b = buffer;
            int i = position;
            int end = limit;
            while (i < end) {
                byte c = b[i];
                if (c == COMMA || c == CR || c == LF) {
                    break;
                }
                i++;
            }
            position = i;
            if (i < end) {
                addField(tokenStart, i, false);
                byte c = b[i];
                position++;
                if (c == COMMA) {
                    return COMMA;
                }
                endOfLine(c);
                return END_OF_RECORD;
            }
            if (!fill()) {
                addField(tokenStart, position, false);
                read(); // consumes the end of the input (it ends the last line)
                return EOF;
            }
        }
    }

    /** The opening quote is consumed. */
    private int quoted() throws IOException {
        tokenStart = position;
        long startLine = lines + 1;
        boolean doubled = false;
        while (true) {
            byte[] b = buffer;
            int i = position;
            int end = limit;
            while (i < end) {
                byte c = b[i];
                if (c == QUOTE) {
                    break;
                }
                if (c == CR || c == LF && b[i - 1] != CR) {
                    lines++;
                }
                i++;
            }
            position = i;
            if (i == end) {
                if (!fill()) {
                    throw new IOException("(startline %,d) EOF reached before encapsulated token finished".formatted(startLine));
                }
                continue;
            }
            position++;
            if (peek() == QUOTE) {
                position++;
                doubled = true;
                continue;
            }
            addField(tokenStart, position - 1, doubled);
            return afterClosingQuote();
        }
    }

    private int afterClosingQuote() throws IOException {
        while (true) {
            int c = read();
            if (c == COMMA || c == EOF) {
                return c;
            }
            if (c == CR || c == LF) {
                endOfLine(c);
                return END_OF_RECORD;
            }
            if (!whitespace(c)) {
                throw new IOException("Invalid character between encapsulated token and delimiter at line: %,d"
                    .formatted(lines + 1));
            }
        }
    }

    /** Character.isWhitespace of the character starting with this byte (consuming the rest of it). */
    private boolean whitespace(int c) throws IOException {
        if (c < 0x80) {
            return Character.isWhitespace((char) c);
        }
        // the only non-ASCII whitespace is U+1680, U+2000..U+3000: three bytes each
        if (c < 0xE1 || c > 0xE3) {
            return false;
        }
        int c2 = read();
        int c3 = c2 == EOF || (c2 & 0xC0) != 0x80 ? EOF : read();
        if (c3 == EOF || (c3 & 0xC0) != 0x80) {
            return false;
        }
        return Character.isWhitespace((char) ((c & 0x0F) << 12 | (c2 & 0x3F) << 6 | c3 & 0x3F));
    }

    /** A CR or LF was consumed: a CRLF is one line end. */
    private void endOfLine(int c) throws IOException {
        lines++;
        if (c == CR && peek() == LF) {
            position++;
        }
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            if (!endConsumed) {
                // commons-csv counts the end of the input as a line end unless a line end came just before
                int before = position > 0 ? buffer[position - 1] : beforeBuffer;
                if (before != CR && before != LF) {
                    lines++;
                }
                endConsumed = true;
            }
            return EOF;
        }
        return buffer[position++] & 0xFF;
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position] & 0xFF;
    }

    /** Reads more input after {@code limit}, first moving the current record to the front or growing the buffer. */
    private boolean fill() throws IOException {
        if (streamEnded) {
            return false;
        }
        if (limit == buffer.length) {
            if (recordStart > 0) {
                int shift = recordStart;
                beforeBuffer = buffer[shift - 1];
                System.arraycopy(buffer, shift, buffer, 0, limit - shift);
                limit -= shift;
                position -= shift;
                tokenStart -= shift;
                recordStart = 0;
                for (int f = 0; f < size; f++) {
                    starts[f] -= shift;
                    ends[f] -= shift;
                }
            }
            else {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
        }
        int n;
        do {
            n = in.read(buffer, limit, buffer.length - limit);
        }
        while (n == 0);
        if (n < 0) {
            streamEnded = true;
            return false;
        }
        limit += n;
        bytesRead += n;
        return true;
    }

    private void addField(int start, int end, boolean doubled) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            doubledQuotes = Arrays.copyOf(doubledQuotes, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        doubledQuotes[size] = doubled;
        size++;
    }

    /** The field's text, exactly. */
    String get(int field) {
        return decode(field, false);
    }

    /** {@code get(field).trim()}, without decoding a blank field. */
    String trimmed(int field) {
        return decode(field, true);
    }

    /** Whether the trimmed field is this one ASCII character. */
    boolean trimmedIs(int field, char ascii) {
        int start = starts[field];
        int end = ends[field];
        while (start < end && (buffer[start] & 0xFF) <= ' ') {
            start++;
        }
        while (end > start && (buffer[end - 1] & 0xFF) <= ' ') {
            end--;
        }
        return end - start == 1 && buffer[start] == ascii;
    }

    private String decode(int field, boolean trim) {
        byte[] bytes = buffer;
        int start = starts[field];
        int end = ends[field];
        if (doubledQuotes[field]) {
            bytes = undoubled(start, end);
            start = 0;
            end = scratchLength;
        }
        if (trim) {
            // String.trim drops chars <= U+0020: in UTF-8 those are single bytes <= 0x20
            while (start < end && (bytes[start] & 0xFF) <= ' ') {
                start++;
            }
            while (end > start && (bytes[end - 1] & 0xFF) <= ' ') {
                end--;
            }
        }
        return start == end ? "" : new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }

    private int scratchLength;

    private byte[] undoubled(int start, int end) {
        if (scratch.length < end - start) {
            scratch = new byte[end - start];
        }
        int n = 0;
        for (int i = start; i < end; i++) {
            scratch[n++] = buffer[i];
            if (buffer[i] == QUOTE) {
                i++; // the second of a pair
            }
        }
        scratchLength = n;
        return scratch;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
