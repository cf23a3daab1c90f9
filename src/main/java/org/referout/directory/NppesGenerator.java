package org.referout.directory;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.referout.directory.nppes.Npi;

/**
 * Writes synthetic files in the real NPPES format: the full 330-column V.2 header, every field quoted as CMS
 * does, valid Luhn NPIs, a realistic taxonomy mix, practice ZIPs drawn from the real ZCTA list, about 1% of
 * deactivated NPIs (empty rows but NPI and date, as CMS publishes them), an occasional address with a line
 * break inside quotes, and optionally planted malformed rows. Deterministic for a seed.
 */
public final class NppesGenerator {

    /**
     * {@code firstNpiBase}: the 9-digit base of the first NPI; row i gets base + i, so two files with the same
     * base overlap (an update file). {@code lastUpdate}: the Last Update Date of every row. {@code zipPrefixes}:
     * draw practice ZIPs only from ZCTAs starting with one of these (a region, e.g. "100" for Manhattan); empty
     * means the whole country.
     */
    public record Options(long rows, int malformed, long seed, long firstNpiBase, LocalDate lastUpdate,
            List<String> zipPrefixes) {

        public Options {
            zipPrefixes = List.copyOf(zipPrefixes);
        }

        public static Options of(long rows, int malformed) {
            return new Options(rows, malformed, 42, 123_000_000, LocalDate.of(2024, 6, 1), List.of());
        }

        public Options withSeed(long seed) {
            return new Options(rows, malformed, seed, firstNpiBase, lastUpdate, zipPrefixes);
        }

        public Options withLastUpdate(LocalDate date) {
            return new Options(rows, malformed, seed, firstNpiBase, date, zipPrefixes);
        }

        public Options withZipPrefixes(List<String> prefixes) {
            return new Options(rows, malformed, seed, firstNpiBase, lastUpdate, prefixes);
        }
    }

    /** A planted malformed row: the physical line it starts on and what is wrong with it. */
    public record Planted(long line, String kind) {
    }

    public static final String HEADER_RESOURCE = "/directory/nppes_header_v2.csv";
    private static final DateTimeFormatter MDY = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    // Share per 1000 rows, roughly the NPPES mix: many nurses and physicians, few massage therapists.
    private static final Object[][] TAXONOMY_MIX = {
        { "207Q00000X", 70 }, { "207R00000X", 70 }, { "207P00000X", 20 }, { "2084N0400X", 10 }, { "207RR0500X", 5 },
        { "208VP0000X", 5 }, { "207QS0010X", 3 }, { "2081P2900X", 3 }, { "208100000X", 8 }, { "207V00000X", 15 },
        { "208600000X", 20 }, { "207X00000X", 10 }, { "2084P0800X", 15 }, { "363L00000X", 60 }, { "363LF0000X", 20 },
        { "163W00000X", 100 }, { "163WM1400X", 1 }, { "225700000X", 30 }, { "111N00000X", 20 }, { "111NS0005X", 2 },
        { "171100000X", 8 }, { "225100000X", 40 }, { "2251S0007X", 3 }, { "225X00000X", 20 }, { "103T00000X", 20 },
        { "101YM0800X", 30 }, { "101YP2500X", 10 }, { "1041C0700X", 30 }, { "122300000X", 40 }, { "1223G0001X", 20 },
        { "367A00000X", 3 }, { "183500000X", 40 }, { "152W00000X", 10 }, { "133V00000X", 10 }, { "174400000X", 10 },
        { "364S00000X", 10 }, { "231H00000X", 10 }, { "235Z00000X", 10 }, { "1223S0112X", 5 }, { "146N00000X", 5 },
    };
    private static final Object[][] ORGANIZATION_MIX = {
        { "332B00000X", 20 }, { "261QP2000X", 20 }, { "282N00000X", 5 }, { "3336C0003X", 20 }, { "261QM1300X", 10 },
        { "193200000X", 20 }, { "225700000X", 3 }, { "111N00000X", 3 }, { "251E00000X", 15 }, { "207Q00000X", 10 },
    };
    private static final String[] LAST = { "SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER",
        "DAVIS", "RODRIGUEZ", "MARTINEZ", "HERNANDEZ", "LOPEZ", "GONZALEZ", "WILSON", "ANDERSON", "THOMAS", "TAYLOR",
        "MOORE", "JACKSON", "MARTIN", "LEE", "PEREZ", "THOMPSON", "WHITE", "HARRIS", "SANCHEZ", "CLARK", "NGUYEN",
        "O'BRIEN", "MÜLLER", "KOWALSKI", "CHEN", "PATEL", "KIM", "OKAFOR", "COHEN", "ROSSI", "DUBOIS", "SATO" };
    private static final String[] FIRST = { "JAMES", "MARY", "ROBERT", "PATRICIA", "JOHN", "JENNIFER", "MICHAEL",
        "LINDA", "DAVID", "ELIZABETH", "WILLIAM", "BARBARA", "RICHARD", "SUSAN", "JOSEPH", "JESSICA", "MARIA", "WEI",
        "AISHA", "JOSÉ", "PRIYA", "OLGA", "NOAH", "EMMA", "LIAM", "SOFIA", "ZOE", "OMAR", "HANNAH", "LUCAS" };
    private static final String[] CREDENTIAL = { "M.D.", "MD", "D.O.", "LMT", "DC", "PT, DPT", "L.Ac.", "PhD", "LPC",
        "DDS", "NP", "RN", "CNM", "" };
    private static final String[] ORG_WORD = { "HEALTH", "WELLNESS", "MEDICAL GROUP", "THERAPY", "CLINIC",
        "PHYSICAL THERAPY", "CHIROPRACTIC", "MASSAGE", "FAMILY PRACTICE", "PHARMACY", "SUPPLY", "CARE" };
    private static final String[] STREET = { "MAIN ST", "OAK AVE", "PARK BLVD", "2ND ST", "MAPLE DR", "CEDAR LN",
        "ELM ST", "WASHINGTON AVE", "LAKE RD", "HILL ST" };

    private final String[] header;
    private final Map<String, Integer> column = new HashMap<>();
    private final List<String> zips;
    private final String[] codes;
    private final int[] cumulative;
    private final String[] orgCodes;
    private final int[] orgCumulative;

    public NppesGenerator() {
        this.header = readHeader();
        for (int i = 0; i < header.length; i++) {
            column.put(header[i], i);
        }
        this.zips = readZips();
        this.codes = new String[TAXONOMY_MIX.length];
        this.cumulative = cumulative(TAXONOMY_MIX, codes);
        this.orgCodes = new String[ORGANIZATION_MIX.length];
        this.orgCumulative = cumulative(ORGANIZATION_MIX, orgCodes);
    }

    private static int[] cumulative(Object[][] mix, String[] names) {
        int[] cumulative = new int[mix.length];
        int total = 0;
        for (int i = 0; i < mix.length; i++) {
            names[i] = (String) mix[i][0];
            total += (Integer) mix[i][1];
            cumulative[i] = total;
        }
        return cumulative;
    }

    /** Writes the file and returns the planted malformed rows, in file order. */
    public List<Planted> write(Path file, Options options) {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            return write(out, options);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Planted> write(Writer out, Options options) throws IOException {
        SplittableRandom random = new SplittableRandom(options.seed());
        TreeMap<Long, String> plant = new TreeMap<>();
        String[] kinds = { "bad NPI", "wrong column count", "bad entity type", "unparsable date" };
        while (plant.size() < Math.min(options.malformed(), options.rows())) {
            plant.put(random.nextLong(options.rows()), kinds[plant.size() % kinds.length]);
        }
        List<String> region = region(options.zipPrefixes());
        writeLine(out, header);
        List<Planted> planted = new ArrayList<>();
        long line = 2;
        String[] fields = new String[header.length];
        for (long i = 0; i < options.rows(); i++) {
            Arrays.fill(fields, "");
            fill(fields, random, options, region, i);
            String kind = plant.get(i);
            if (kind != null) {
                planted.add(new Planted(line, kind));
                line += plantedLines(out, fields, kind);
                continue;
            }
            line += writeLine(out, fields);
        }
        return planted;
    }

    private long plantedLines(Writer out, String[] fields, String kind) throws IOException {
        switch (kind) {
            case "bad NPI" -> {
                String npi = fields[0];
                fields[0] = npi.substring(0, 9) + (char) ('0' + (npi.charAt(9) - '0' + 1) % 10);
            }
            case "wrong column count" -> {
                return writeLine(out, Arrays.copyOf(fields, fields.length - 7));
            }
            case "bad entity type" -> set(fields, "Entity Type Code", "3");
            default -> set(fields, "Last Update Date", "13/45/2020");
        }
        return writeLine(out, fields);
    }

    private List<String> region(List<String> prefixes) {
        if (prefixes.isEmpty()) {
            return zips;
        }
        List<String> region = zips.stream().filter(zip -> prefixes.stream().anyMatch(zip::startsWith)).toList();
        if (region.isEmpty()) {
            throw new IllegalArgumentException("No ZIP starts with any of " + prefixes);
        }
        return region;
    }

    private void fill(String[] f, SplittableRandom random, Options options, List<String> region, long i) {
        long npi = Npi.withCheckDigit(options.firstNpiBase() + i);
        set(f, "NPI", Long.toString(npi));
        if (random.nextInt(100) == 0) {
            // deactivated: CMS blanks every column but the NPI and the deactivation date
            set(f, "NPI Deactivation Date", options.lastUpdate().minusDays(random.nextInt(365)).format(MDY));
            return;
        }
        boolean organization = random.nextInt(100) < 18;
        set(f, "Entity Type Code", organization ? "2" : "1");
        if (organization) {
            set(f, "Provider Organization Name (Legal Business Name)",
                    pick(random, LAST) + " " + pick(random, ORG_WORD) + (random.nextBoolean() ? " LLC" : " INC"));
        }
        else {
            set(f, "Provider Last Name (Legal Name)", pick(random, LAST));
            set(f, "Provider First Name", pick(random, FIRST));
            set(f, "Provider Middle Name", random.nextBoolean() ? String.valueOf((char) ('A' + random.nextInt(26))) : "");
            set(f, "Provider Credential Text", pick(random, CREDENTIAL));
            set(f, "Provider Sex Code", random.nextBoolean() ? "F" : "M");
        }
        String zip = region.get(random.nextInt(region.size()));
        String street = (1 + random.nextInt(9999)) + " " + pick(random, STREET);
        for (String kind : new String[] { "Mailing", "Practice Location" }) {
            String p = kind.equals("Mailing") ? "Provider First Line Business Mailing Address"
                    : "Provider First Line Business Practice Location Address";
            set(f, p, street);
        }
        if (random.nextInt(1000) == 0) {
            // a quoted line break: the physical line count must still come out right
            set(f, "Provider Second Line Business Practice Location Address", "SUITE 5\nREAR ENTRANCE");
        }
        set(f, "Provider Business Practice Location Address City Name", "CITY " + zip);
        set(f, "Provider Business Practice Location Address State Name", "ST");
        set(f, "Provider Business Practice Location Address Postal Code", zip + String.format("%04d", random.nextInt(10000)));
        set(f, "Provider Business Practice Location Address Country Code (If outside U.S.)", "US");
        set(f, "Provider Business Practice Location Address Telephone Number",
                Long.toString(2_000_000_000L + random.nextLong(7_000_000_000L)));
        set(f, "Provider Enumeration Date", options.lastUpdate().minusDays(400 + random.nextInt(5000)).format(MDY));
        set(f, "Last Update Date", options.lastUpdate().format(MDY));
        int count = 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(3));
        int primary = random.nextInt(count);
        List<String> chosen = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            String code = organization ? weighted(random, orgCodes, orgCumulative) : weighted(random, codes, cumulative);
            if (chosen.contains(code)) {
                continue;
            }
            int slot = chosen.size() + 1;
            chosen.add(code);
            set(f, "Healthcare Provider Taxonomy Code_" + slot, code);
            set(f, "Provider License Number_" + slot, organization ? "" : "L" + random.nextInt(1_000_000));
            set(f, "Healthcare Provider Primary Taxonomy Switch_" + slot, t == primary ? "Y" : "N");
        }
        if (!chosen.isEmpty() && !Arrays.asList(f).contains("Y")) {
            set(f, "Healthcare Provider Primary Taxonomy Switch_1", "Y");
        }
    }

    private static String weighted(SplittableRandom random, String[] names, int[] cumulative) {
        int r = random.nextInt(cumulative[cumulative.length - 1]);
        int i = Arrays.binarySearch(cumulative, r + 1);
        return names[i >= 0 ? i : -i - 1];
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private void set(String[] fields, String name, String value) {
        Integer index = column.get(name);
        if (index == null) {
            throw new IllegalStateException("No NPPES column " + name);
        }
        fields[index] = value;
    }

    /** Writes one CMS-style row (every field quoted) and returns how many physical lines it took. */
    private static long writeLine(Writer out, String[] fields) throws IOException {
        long lines = 1;
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write('"');
            String value = fields[i];
            if (value.indexOf('"') >= 0) {
                value = value.replace("\"", "\"\"");
            }
            for (int c = 0; c < value.length(); c++) {
                if (value.charAt(c) == '\n') {
                    lines++;
                }
            }
            out.write(value);
            out.write('"');
        }
        out.write("\r\n");
        return lines;
    }

    private static String[] readHeader() {
        try (var in = NppesGenerator.class.getResourceAsStream(HEADER_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + HEADER_RESOURCE);
            }
            String line = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            String[] names = line.substring(1, line.length() - 1).split("\",\"", -1);
            return names;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readZips() {
        try (var in = NppesGenerator.class.getResourceAsStream("/directory/zcta_centroids.csv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            return reader.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
