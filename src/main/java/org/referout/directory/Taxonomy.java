package org.referout.directory;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.referout.clinical.ProviderType;
import org.springframework.stereotype.Component;

/**
 * The NUCC Health Care Provider Taxonomy code set (version 25.1, shipped in {@code directory/}), read with a
 * real CSV parser because definitions hold quoted commas and line breaks. Codes that NUCC does not list (an
 * NPPES row may carry a retired or newer code) are kept and shown as the bare code.
 */
@Component
public class Taxonomy {

    public static final String VERSION = "25.1";
    static final String RESOURCE = "/directory/nucc_taxonomy_251.csv";

    /** One NUCC code with its display name, classification and NUCC's grouping of it (e.g. "Chiropractic Providers"). */
    public record Code(String code, String displayName, String classification, String specialization,
            String grouping) {
    }

    private final Map<String, Code> codes;

    public Taxonomy() {
        this.codes = load();
    }

    private static Map<String, Code> load() {
        var in = Taxonomy.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + RESOURCE);
        }
        Map<String, Code> codes = new LinkedHashMap<>();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord r : format.parse(reader)) {
                String code = r.get("Code").trim();
                codes.put(code, new Code(code, r.get("Display Name").trim(), r.get("Classification").trim(),
                        r.get("Specialization").trim(), r.get("Grouping").trim()));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(codes);
    }

    public Optional<Code> find(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    public boolean isKnown(String code) {
        return codes.containsKey(code);
    }

    public int size() {
        return codes.size();
    }

    /** NUCC's own consumer label, or the code itself when NUCC does not list it. */
    public String displayName(String code) {
        Code known = codes.get(code);
        return known == null || known.displayName().isEmpty() ? code : known.displayName();
    }

    /** NUCC's consumer label for the pages; a code NUCC no longer lists is said in words, not shown as a code. */
    public String plainName(String code) {
        Code known = codes.get(code);
        if (known == null) {
            return "A kind of provider no longer on NUCC's list";
        }
        return known.displayName().isEmpty() ? known.classification() : known.displayName();
    }

    /** The most specific friendly type of a code (longest matching prefix), if any. */
    public static Optional<ProviderType> typeOf(String code) {
        ProviderType best = null;
        int bestLength = 0;
        for (ProviderType type : ProviderType.directoryTypes()) {
            int length = type.match(code);
            if (length > bestLength) {
                best = type;
                bestLength = length;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every friendly type that any of these codes belongs to, in enum order. */
    public static List<ProviderType> typesOf(Collection<String> codes) {
        List<ProviderType> types = new ArrayList<>();
        for (ProviderType type : ProviderType.directoryTypes()) {
            for (String code : codes) {
                if (type.covers(code)) {
                    types.add(type);
                    break;
                }
            }
        }
        return types;
    }

    /** The friendly label of a code: its type's label if it has one, else NUCC's display name. */
    public String label(String code) {
        return typeOf(code).map(ProviderType::label).orElseGet(() -> displayName(code));
    }

    /**
     * Every code for a person to choose from by its plain name: in NUCC's groupings (alphabetical), each sorted by
     * display name, so that a form never asks for a code.
     */
    public Map<String, List<Code>> choices() {
        Map<String, List<Code>> groups = new java.util.TreeMap<>();
        codes.values().stream()
            .sorted(java.util.Comparator.comparing((Code c) -> displayName(c.code())).thenComparing(Code::code))
            .forEach(c -> groups.computeIfAbsent(c.grouping(), g -> new ArrayList<>()).add(c));
        return groups;
    }

    /** Every NUCC code a type selects (for explanations and checks). */
    public List<String> codesOf(ProviderType type) {
        return codes.keySet().stream().filter(type::covers).sorted().toList();
    }
}
