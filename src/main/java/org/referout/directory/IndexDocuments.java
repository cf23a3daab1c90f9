package org.referout.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.referout.clinical.ProviderType;
import org.referout.directory.index.IndexedProvider;
import org.referout.directory.nppes.NppesRow;

/** Builds index entries from an imported row or a stored one, the same way, so a rebuild equals an import. */
final class IndexDocuments {

    private IndexDocuments() {
    }

    static IndexedProvider of(NppesRow r, ZipCentroids.Point point) {
        List<String> codes = primaryFirst(r.codes(), r.primary());
        return of(r.npi(), name(r.organizationName(), r.firstName(), r.middleName(), r.lastName(), r.credential()),
                codes, r.zip(), point == null ? null : point.lat(), point == null ? null : point.lon());
    }

    static IndexedProvider of(ProviderRepository.Row r) {
        return of(r.npi(), name(r.organization(), r.firstName(), r.middleName(), r.lastName(), r.credential()), r.codes(),
                r.zip(), r.latitude(), r.longitude());
    }

    private static IndexedProvider of(long npi, String name, List<String> codes, String zip, Double lat, Double lon) {
        String primary = codes.isEmpty() ? null : codes.get(0);
        long covered = 0;
        for (String code : codes) {
            covered |= typesOf(code).covered();
        }
        List<String> types = new ArrayList<>(Long.bitCount(covered));
        for (int t = 0; t < TYPE_KEYS.size(); t++) {
            if ((covered & 1L << t) != 0) {
                types.add(TYPE_KEYS.get(t));
            }
        }
        String primaryType = primary == null ? null : typesOf(primary).primaryKey();
        return new IndexedProvider(npi, name, codes, primary, types, primaryType, zip, lat, lon);
    }

    /**
     * What {@link Taxonomy#typesOf} and {@link Taxonomy#typeOf} say of one code: the types covering it (a bit per
     * directory type, by its place in {@link ProviderType#directoryTypes()}) and its own type's key. Worked out once
     * per distinct code, since an import asks for millions of rows and there are about a thousand codes.
     */
    private record CodeTypes(long covered, String primaryKey) {
    }

    private static final List<String> TYPE_KEYS = ProviderType.directoryTypes().stream()
        .map(ProviderType::key).toList();
    private static final Map<String, CodeTypes> CODE_TYPES = new ConcurrentHashMap<>();
    /** A damaged file may carry any 10 characters as a code: the memo stops growing here. */
    private static final int MEMO_LIMIT = 100_000;

    static {
        if (TYPE_KEYS.size() > Long.SIZE) {
            throw new IllegalStateException("more provider types than bits in a long");
        }
    }

    private static CodeTypes typesOf(String code) {
        CodeTypes known = CODE_TYPES.get(code);
        if (known == null) {
            long covered = 0;
            for (ProviderType type : Taxonomy.typesOf(List.of(code))) {
                covered |= 1L << ProviderType.directoryTypes().indexOf(type);
            }
            known = new CodeTypes(covered, Taxonomy.typeOf(code).map(ProviderType::key).orElse(null));
            if (CODE_TYPES.size() < MEMO_LIMIT) {
                CODE_TYPES.put(code, known);
            }
        }
        return known;
    }

    static List<String> primaryFirst(List<String> codes, int primary) {
        if (primary == 0 || codes.isEmpty()) {
            return codes;
        }
        List<String> ordered = new ArrayList<>(codes.size());
        ordered.add(codes.get(primary));
        for (int i = 0; i < codes.size(); i++) {
            if (i != primary) {
                ordered.add(codes.get(i));
            }
        }
        return ordered;
    }

    /** "JANE Q DOE LMT" for a person, the legal business name for an organisation. */
    /** The name people read, in title case (NPPES spells it in capitals); the credential as written. */
    static String name(String organization, String first, String middle, String last, String credential) {
        if (organization != null) {
            return TitleCase.of(organization);
        }
        StringBuilder name = new StringBuilder();
        for (String part : new String[] { first, middle, last }) {
            if (part != null && !part.isBlank()) {
                if (!name.isEmpty()) {
                    name.append(' ');
                }
                name.append(TitleCase.of(part));
            }
        }
        if (credential != null && !credential.isBlank()) {
            name.append(name.isEmpty() ? "" : ", ").append(credential);
        }
        return name.isEmpty() ? null : name.toString();
    }
}
