package org.referout.directory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.referout.clinical.ProviderType;
import org.referout.directory.index.IndexHit;
import org.referout.directory.index.IndexQuery;
import org.referout.directory.index.IndexedProvider;
import org.referout.directory.index.ProviderIndex;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The directory's front door: import NPPES files, search providers by type, name and distance, find one by NPI,
 * rebuild the index from the database.
 */
@Service
public class Directory {

    private final ProviderRepository providers;
    private final ImportRuns runs;
    private final Taxonomy taxonomy;
    private final ZipCentroids zips;
    private final ProviderIndex index;
    private final PartnerOutcomes partners;
    private final Clock clock;
    private final Ranking ranking;
    private final ImportMeters meters;

    @Autowired
    Directory(ProviderRepository providers, ImportRuns runs, Taxonomy taxonomy, ZipCentroids zips, ProviderIndex index,
            ObjectProvider<PartnerOutcomes> partners, ObjectProvider<Clock> clock, MeterRegistry meters) {
        this(providers, runs, taxonomy, zips, index, partners.getIfAvailable(() -> PartnerOutcomes.NONE),
                clock.getIfAvailable(Clock::systemUTC), meters);
    }

    Directory(ProviderRepository providers, ImportRuns runs, Taxonomy taxonomy, ZipCentroids zips, ProviderIndex index,
            PartnerOutcomes partners, Clock clock, MeterRegistry meters) {
        this.providers = providers;
        this.runs = runs;
        this.taxonomy = taxonomy;
        this.zips = zips;
        this.index = index;
        this.partners = partners;
        this.clock = clock;
        this.ranking = new Ranking(taxonomy);
        this.meters = new ImportMeters(meters);
    }

    /** Imports (or resumes importing) an NPPES full or update file; progress after each committed chunk. */
    public ImportReport importNppes(Path file, boolean updateFile, ImportProgress.Listener listener) {
        // an index that is missing, behind a crashed run or was started afresh (older layout) is filled from the
        // database first, so the import only adds its own changes to a complete index
        ensureIndexCurrent();
        var outcome = new NppesImport(providers, runs, zips, index, clock, meters).run(file, updateFile, listener);
        if (outcome.indexBehind()) {
            rebuildIndex();
        }
        return report(outcome.runId(), outcome.resumedAfterLine());
    }

    public Optional<ImportReport> lastImport() {
        return runs.latest().map(run -> report(run.id(), 0));
    }

    private ImportReport report(long runId, long resumedAfter) {
        var run = runs.find(runId).orElseThrow();
        var c = run.counts();
        return new ImportReport(run.id(), run.fileName(), run.updateFile(), run.status(), c.read, c.imported, c.updated,
                c.unchanged, c.deactivated, c.rejected, runs.rejections(runId), resumedAfter, run.startedAt(),
                run.finishedAt());
    }

    /** Drops the index and fills it again from the database (the source of truth); returns the providers indexed. */
    public synchronized long rebuildIndex() {
        index.deleteAll();
        List<IndexedProvider> batch = new ArrayList<>(10_000);
        long[] count = { 0 };
        providers.forEachActive(row -> {
            batch.add(IndexDocuments.of(row));
            count[0]++;
            if (batch.size() == 10_000) {
                index.add(batch);
                batch.clear();
            }
        });
        index.add(batch);
        var latest = runs.latest();
        index.commit(latest.map(r -> NppesImport.stampOf(r.id(), r.lastLine())).orElse(Map.of()));
        return count[0];
    }

    /** Rebuilds the index when it does not reflect the database's last import (missing, or behind after a crash). */
    public synchronized boolean ensureIndexCurrent() {
        Map<String, String> expected = runs.latest().map(r -> NppesImport.stampOf(r.id(), r.lastLine())).orElse(Map.of());
        if (expected.equals(index.stamp())) {
            return false;
        }
        rebuildIndex();
        return true;
    }

    public Optional<Provider> find(long npi) {
        return providers.find(npi).map(this::provider);
    }

    /** Writes a synthetic NPPES file (for demos, tests and benchmarks); returns the planted malformed lines. */
    public List<NppesGenerator.Planted> generateNppes(Path file, long rows, int malformed, long seed) {
        return generateNppes(file, NppesGenerator.Options.of(rows, malformed).withSeed(seed));
    }

    public List<NppesGenerator.Planted> generateNppes(Path file, NppesGenerator.Options options) {
        if (options.rows() < 0 || options.malformed() < 0 || options.malformed() > options.rows()) {
            throw new BadRequestException("rows", "rows must be ≥ 0 and malformed between 0 and rows");
        }
        return new NppesGenerator().write(file, options);
    }

    public List<SearchResult> search(ProviderSearch search) {
        ResolvedTypes types = resolveTypes(search.types());
        ZipCentroids.Point centre = centre(search);
        validate(search, types);
        int limit = search.limit();
        // rank re-orders a wider pool of the nearest candidates; distance takes the nearest as they are
        int pool = search.sort() == ProviderSearch.Sort.RANK ? Math.max(limit * 5, 100) : limit;
        List<IndexHit> hits = index.search(new IndexQuery(types.keys(), types.codes(), search.text(), centre.lat(),
                centre.lon(), search.radiusKm() * 1000, pool));
        Map<Long, PartnerOutcomes.Signal> signals = search.practice() == null ? Map.of()
                : partners.signals(search.practice(), hits.stream().map(IndexHit::npi).toList());
        List<Ranking.Ranked> ranked = ranking.rank(hits, types, signals, search.radiusKm());
        if (search.sort() == ProviderSearch.Sort.RANK) {
            ranked = ranked.stream()
                .sorted(Comparator.comparingDouble((Ranking.Ranked r) -> -r.score()).thenComparingLong(r -> r.hit().npi()))
                .limit(limit).toList();
        }
        Map<Long, Provider> byNpi = new java.util.HashMap<>();
        providers.findAll(ranked.stream().map(r -> r.hit().npi()).toList()).forEach(row -> byNpi.put(row.npi(), provider(row)));
        List<SearchResult> results = new ArrayList<>(ranked.size());
        for (Ranking.Ranked r : ranked) {
            Provider p = byNpi.get(r.hit().npi());
            if (p != null) {
                results.add(new SearchResult(p, r.hit().distanceMeters() / 1000, r.score(), r.explanation()));
            }
        }
        return results;
    }

    /** Type keys and explicit NUCC codes of a query, after checking each one. */
    record ResolvedTypes(Set<String> keys, Set<String> codes) {
    }

    private ResolvedTypes resolveTypes(List<String> requested) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (String raw : requested) {
            String value = raw.trim();
            if (value.isEmpty()) {
                continue;
            }
            Optional<ProviderType> type = ProviderType.parse(value);
            if (type.isPresent()) {
                keys.add(type.get().key());
            }
            else if (taxonomy.isKnown(value.toUpperCase(java.util.Locale.ROOT))) {
                codes.add(value.toUpperCase(java.util.Locale.ROOT));
            }
            else {
                problems.add(new FieldProblem("types", "Unknown provider type or NUCC taxonomy code: " + value));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        return new ResolvedTypes(keys, codes);
    }

    private ZipCentroids.Point centre(ProviderSearch search) {
        if (search.nearZip() != null && !search.nearZip().isBlank()) {
            String zip = search.nearZip().trim();
            if (!zip.matches("\\d{5}(-?\\d{4})?")) {
                throw new BadRequestException("near", "A ZIP code has 5 digits: " + zip);
            }
            return zips.find(zip.substring(0, 5))
                .orElseThrow(() -> new BadRequestException("near", "Unknown ZIP code: " + zip));
        }
        if (search.latitude() != null && search.longitude() != null) {
            if (Math.abs(search.latitude()) > 90 || Math.abs(search.longitude()) > 180) {
                throw new BadRequestException("near", "Latitude must be within ±90 and longitude within ±180");
            }
            return new ZipCentroids.Point(search.latitude(), search.longitude());
        }
        throw new BadRequestException("near", "Give a ZIP code (or coordinates) to search near");
    }

    private static void validate(ProviderSearch search, ResolvedTypes types) {
        if (!(search.radiusKm() > 0) || search.radiusKm() > ProviderSearch.MAX_RADIUS_KM) {
            throw new BadRequestException("radiusKm", "The radius must be more than 0 and at most 500 km");
        }
        if (search.limit() < 1 || search.limit() > ProviderSearch.MAX_LIMIT) {
            throw new BadRequestException("limit", "The limit must be between 1 and " + ProviderSearch.MAX_LIMIT);
        }
        if (types.keys().isEmpty() && types.codes().isEmpty() && (search.text() == null || search.text().isBlank())) {
            throw new BadRequestException("types", "Say what to look for: a provider type, a taxonomy code or a name");
        }
    }

    private Provider provider(ProviderRepository.Row r) {
        List<String> codes = r.codes();
        String primary = r.primaryTaxonomy() != null ? r.primaryTaxonomy() : codes.isEmpty() ? null : codes.get(0);
        return new Provider(r.npi(), Integer.valueOf(2).equals(r.entityType()),
                IndexDocuments.name(r.organization(), r.firstName(), r.middleName(), r.lastName(), null), r.credential(),
                primary, primary == null ? null : taxonomy.label(primary), codes, TitleCase.of(r.addressLine()), TitleCase.of(r.city()), r.state(),
                r.zip(), PhoneNumbers.readable(r.phone()), r.latitude(), r.longitude(), r.deactivatedOn(), r.lastUpdated());
    }

}
