package org.referout.directory.nppes;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams an NPPES NPI file (the real CMS format, all fields quoted, or the unquoted pandas rewrite of the
 * shared sample) with constant memory. Columns are found by header name, so the 2015 329-column layout and
 * today's 330 columns both work. Each record comes back as a {@link NppesRow} or, when malformed, as a
 * {@link Rejected} naming its physical line and why.
 */
public final class NppesReader implements Closeable {

    /** One record: either {@code row} or {@code rejected} is set. */
    public record Item(NppesRow row, Rejected rejected, long endLine) {
    }

    /** A malformed record: the physical line it starts on and the reason. */
    public record Rejected(long line, String reason) {
    }

    private static final int TAXONOMY_SLOTS = 15;

    private final CsvScanner csv;
    private final int columns;
    private final int npi, entityType, lastName, firstName, middleName, organization, credential, address, city,
            state, postalCode, phone, deactivation, reactivation, lastUpdate;
    private final int[] taxonomyCode = new int[TAXONOMY_SLOTS];
    private final int[] primarySwitch = new int[TAXONOMY_SLOTS];
    private long lineAfterPrevious;

    public NppesReader(Path file) throws IOException {
        this(Files.newInputStream(file));
    }

    public NppesReader(InputStream in) throws IOException {
        this.csv = new CsvScanner(in);
        Map<String, Integer> header = new LinkedHashMap<>();
        if (csv.next()) {
            for (int i = 0; i < csv.size(); i++) {
                // as commons-csv's header map did: a repeated name counts once, at its last column
                header.put(csv.get(i), i);
            }
        }
        this.columns = header.size();
        this.npi = column(header, "NPI");
        this.entityType = column(header, "Entity Type Code");
        this.lastName = column(header, "Provider Last Name (Legal Name)");
        this.firstName = column(header, "Provider First Name");
        this.middleName = column(header, "Provider Middle Name");
        this.organization = column(header, "Provider Organization Name (Legal Business Name)");
        this.credential = column(header, "Provider Credential Text");
        this.address = column(header, "Provider First Line Business Practice Location Address");
        this.city = column(header, "Provider Business Practice Location Address City Name");
        this.state = column(header, "Provider Business Practice Location Address State Name");
        this.postalCode = column(header, "Provider Business Practice Location Address Postal Code");
        this.phone = column(header, "Provider Business Practice Location Address Telephone Number");
        this.deactivation = column(header, "NPI Deactivation Date");
        this.reactivation = column(header, "NPI Reactivation Date");
        this.lastUpdate = column(header, "Last Update Date");
        for (int i = 0; i < TAXONOMY_SLOTS; i++) {
            taxonomyCode[i] = column(header, "Healthcare Provider Taxonomy Code_" + (i + 1));
            primarySwitch[i] = column(header, "Healthcare Provider Primary Taxonomy Switch_" + (i + 1));
        }
        this.lineAfterPrevious = csv.lines();
    }

    private static int column(Map<String, Integer> header, String name) {
        Integer index = header.get(name);
        if (index == null) {
            // a BOM sticks to the first header name
            index = header.get("\uFEFF" + name);
        }
        if (index == null) {
            throw new IllegalArgumentException("Not an NPPES NPI file: the header has no column \"" + name + "\"");
        }
        return index;
    }

    /** Bytes consumed from the file so far (read-ahead included): for progress and ETA. */
    public long bytesRead() {
        return csv.bytesRead();
    }

    /** The next record, or null at the end. A broken quote that swallows the rest of the file is an IOException. */
    public Item next() {
        if (!advance()) {
            return null;
        }
        long startLine = lineAfterPrevious + 1;
        long endLine = csv.lines();
        lineAfterPrevious = endLine;
        try {
            return new Item(toRow(endLine), null, endLine);
        }
        catch (MalformedRow e) {
            return new Item(null, new Rejected(startLine, e.getMessage()), endLine);
        }
    }

    /** Skips records up to and including the one ending on {@code line}, without validating them. */
    public Item skipThrough(long line) {
        while (lineAfterPrevious < line && advance()) {
            lineAfterPrevious = csv.lines();
        }
        return null;
    }

    private boolean advance() {
        try {
            return csv.next();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NppesRow toRow(long endLine) {
        if (csv.size() != columns) {
            throw new MalformedRow("wrong column count: " + csv.size() + " (expected " + columns + ")");
        }
        String npiText = csv.trimmed(npi);
        if (!Npi.isValid(npiText)) {
            throw new MalformedRow("bad NPI '" + npiText + "' (10 digits with a valid check digit expected)");
        }
        LocalDate deactivatedOn = date(deactivation, "NPI Deactivation Date");
        LocalDate reactivatedOn = date(reactivation, "NPI Reactivation Date");
        LocalDate updated = date(lastUpdate, "Last Update Date");
        Integer type = entityType(csv.trimmed(entityType), deactivatedOn != null);
        List<String> codes = new ArrayList<>(2);
        int primary = 0;
        for (int i = 0; i < TAXONOMY_SLOTS; i++) {
            String code = csv.trimmed(taxonomyCode[i]);
            if (code.isEmpty()) {
                continue;
            }
            if (code.length() != 10) {
                throw new MalformedRow("bad Healthcare Provider Taxonomy Code_" + (i + 1) + " '" + code
                        + "' (10 characters expected)");
            }
            // real rows repeat a code (once per state licence): keep it once
            int at = codes.indexOf(code);
            if (at < 0) {
                at = codes.size();
                codes.add(code);
            }
            if (csv.trimmedIs(primarySwitch[i], 'Y')) {
                primary = at;
            }
        }
        String postal = digits(csv.trimmed(postalCode));
        return new NppesRow(endLine, Long.parseLong(npiText), type, text(lastName), text(firstName),
                text(middleName), text(organization), text(credential), text(address), text(city),
                text(state), postal, postal == null ? null : postal.substring(0, 5), digits(csv.trimmed(phone)),
                List.copyOf(codes), primary, deactivatedOn, reactivatedOn, updated);
    }

    private static Integer entityType(String text, boolean deactivated) {
        return switch (text) {
            case "1", "1.0" -> 1;
            case "2", "2.0" -> 2;
            // CMS publishes deactivated NPIs with every other field empty
            case "" -> {
                if (deactivated) {
                    yield null;
                }
                throw new MalformedRow("missing Entity Type Code (1 or 2 expected)");
            }
            default -> throw new MalformedRow("bad Entity Type Code '" + text + "' (1 or 2 expected)");
        };
    }

    private String text(int column) {
        String value = csv.trimmed(column);
        return value.isEmpty() ? null : value;
    }

    /**
     * ZIPs and phone numbers: the pandas-written sample turned them into floats and dropped leading zeros
     * ({@code 80511606.0}); strip {@code .0} and left-pad a ZIP to 5 or 9 digits.
     */
    private static String digits(String trimmed) {
        String value = trimmed;
        if (value.endsWith(".0")) {
            value = value.substring(0, value.length() - 2);
        }
        if (value.isEmpty() || value.length() > 15) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return null;
            }
        }
        if (value.length() < 5) {
            return "0".repeat(5 - value.length()) + value;
        }
        return value.length() > 5 && value.length() < 9 ? "0".repeat(9 - value.length()) + value : value;
    }

    private LocalDate date(int column, String name) {
        String value = csv.trimmed(column);
        if (value.isEmpty()) {
            return null;
        }
        // MM/DD/YYYY, parsed by hand: this runs 8 million times per import
        if (value.length() == 10 && value.charAt(2) == '/' && value.charAt(5) == '/') {
            try {
                int month = Integer.parseInt(value, 0, 2, 10);
                int day = Integer.parseInt(value, 3, 5, 10);
                int year = Integer.parseInt(value, 6, 10, 10);
                return LocalDate.of(year, month, day);
            }
            catch (NumberFormatException | DateTimeException e) {
                // reported below
            }
        }
        throw new MalformedRow("unparsable " + name + " '" + value + "' (MM/DD/YYYY expected)");
    }

    @Override
    public void close() {
        try {
            csv.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class MalformedRow extends RuntimeException {
        MalformedRow(String message) {
            super(message, null, false, false);
        }
    }
}
