package org.referout.directory;

import java.util.ArrayList;
import java.util.List;

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
        List<String> types = Taxonomy.typesOf(codes).stream().map(ProviderType::key).toList();
        String primaryType = primary == null ? null : Taxonomy.typeOf(primary).map(ProviderType::key).orElse(null);
        return new IndexedProvider(npi, name, codes, primary, types, primaryType, zip, lat, lon);
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
    static String name(String organization, String first, String middle, String last, String credential) {
        if (organization != null) {
            return organization;
        }
        StringBuilder name = new StringBuilder();
        for (String part : new String[] { first, middle, last }) {
            if (part != null && !part.isBlank()) {
                if (!name.isEmpty()) {
                    name.append(' ');
                }
                name.append(part);
            }
        }
        if (credential != null && !credential.isBlank()) {
            name.append(name.isEmpty() ? "" : ", ").append(credential);
        }
        return name.isEmpty() ? null : name.toString();
    }
}
