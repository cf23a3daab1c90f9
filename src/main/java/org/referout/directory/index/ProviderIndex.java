package org.referout.directory.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded Lucene index behind directory search. The database is the source of truth: this index can be
 * dropped and rebuilt from it at any time. Each commit carries a stamp (string map) so the owner can tell
 * whether the index is as current as the database.
 * <p>
 * The geo filter is an {@link IndexOrDocValuesQuery}: for a rare type (massage therapists) Lucene walks the type's
 * postings and checks each distance on doc values; for a common type in a small radius it uses the BKD tree.
 */
public final class ProviderIndex implements Closeable {

    private static final String NPI = "npi", NPI_SORT = "npi_sort", NAME = "name", CODE = "code", TYPE = "type",
            LOCATION = "location", CODES_STORED = "codes";

    /**
     * The layout of the documents, kept in each commit. Version 2: the NPI term is five bytes, names are indexed
     * without frequencies, positions and norms.
     */
    private static final String FORMAT_KEY = "format", FORMAT = "2";

    private final Directory directory;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private ProviderIndex(Directory directory) {
        this.directory = directory;
        try {
            // an index written in an older layout is started afresh (its field options cannot change in place): its
            // stamp is then empty, so the directory rebuilds it from the database
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(olderLayout(directory) ? IndexWriterConfig.OpenMode.CREATE
                        : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128)
                .setUseCompoundFile(false);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ProviderIndex open(Path path) {
        try {
            return new ProviderIndex(FSDirectory.open(path));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ProviderIndex inMemory() {
        return new ProviderIndex(new ByteBuffersDirectory());
    }

    /** Adds or replaces these providers (by NPI). Visible to search after {@link #refresh()}. */
    public void upsert(Collection<IndexedProvider> providers) {
        providers.forEach(this::upsert);
    }

    public void upsert(IndexedProvider provider) {
        try {
            writer.updateDocument(npiTerm(provider.npi()), document(provider));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends without looking for an older copy: only for a rebuild into an emptied index. */
    public void add(Collection<IndexedProvider> providers) {
        providers.forEach(this::add);
    }

    /**
     * Appends without looking for an older copy, which must not exist (a provider new to an index that was empty
     * when the import began). Cheaper than {@link #upsert}: no delete term to buffer and apply at each flush.
     */
    public void add(IndexedProvider provider) {
        try {
            writer.addDocument(document(provider));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(long npi) {
        try {
            writer.deleteDocuments(npiTerm(npi));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the index holds no document at all, not even a buffered or a deleted one. */
    public boolean isEmpty() {
        return writer.getDocStats().maxDoc == 0;
    }

    public void delete(Collection<Long> npis) {
        if (npis.isEmpty()) {
            return;
        }
        try {
            writer.deleteDocuments(npis.stream().map(n -> npiTerm(n)).toArray(Term[]::new));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void deleteAll() {
        try {
            writer.deleteAll();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes durable, with a stamp that says which database state they reflect. */
    public void commit(Map<String, String> stamp) {
        try {
            Map<String, String> data = new HashMap<>(stamp);
            data.put(FORMAT_KEY, FORMAT);
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            searchers.maybeRefresh();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stamp of the last commit (empty for a new index). */
    public Map<String, String> stamp() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Map.of();
            }
            Map<String, String> stamp = committedData();
            stamp.remove(FORMAT_KEY);
            return stamp;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the last commit holds documents of an older layout (this version's delete terms cannot find them). */
    static boolean olderLayout(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return false;
        }
        SegmentInfos last = SegmentInfos.readLatestCommit(directory);
        return last.totalMaxDoc() > 0 && !FORMAT.equals(last.getUserData().get(FORMAT_KEY));
    }

    private Map<String, String> committedData() {
        Map<String, String> data = new HashMap<>();
        var commitData = writer.getLiveCommitData();
        if (commitData != null) {
            commitData.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Merges segments down for the fastest searches (after a rebuild). */
    public void optimize(int maxSegments) {
        try {
            writer.forceMerge(maxSegments);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /**
     * Names are only filtered on (term and prefix queries, no scores, no phrases), so they are indexed without
     * frequencies, positions or norms: less to invert and write for each of millions of providers.
     */
    private static final FieldType NAME_TYPE = new FieldType();

    static {
        NAME_TYPE.setIndexOptions(IndexOptions.DOCS);
        NAME_TYPE.setTokenized(true);
        NAME_TYPE.setOmitNorms(true);
        NAME_TYPE.freeze();
    }

    /** The NPI as the delete term: five bytes (NPIs have ten digits) instead of ten characters to encode. */
    private static BytesRef npiBytes(long npi) {
        byte[] bytes = new byte[5];
        for (int i = 4; i >= 0; i--) {
            bytes[i] = (byte) npi;
            npi >>>= 8;
        }
        return new BytesRef(bytes);
    }

    private static Term npiTerm(long npi) {
        return new Term(NPI, npiBytes(npi));
    }

    private static Document document(IndexedProvider p) {
        Document doc = new Document();
        doc.add(new StringField(NPI, npiBytes(p.npi()), Field.Store.NO));
        doc.add(new NumericDocValuesField(NPI_SORT, p.npi()));
        doc.add(new StoredField(NPI, p.npi()));
        if (p.name() != null) {
            doc.add(new Field(NAME, p.name(), NAME_TYPE));
        }
        for (String code : p.codes()) {
            doc.add(new StringField(CODE, code, Field.Store.NO));
        }
        doc.add(new StoredField(CODES_STORED, String.join(" ", p.codes())));
        for (String type : p.typeKeys()) {
            doc.add(new StringField(TYPE, type, Field.Store.NO));
        }
        // no primary-type or ZIP terms: no query uses them, and each was one more term per provider to invert,
        // sort and write on every flush of an NPPES import
        if (p.lat() != null && p.lon() != null) {
            doc.add(new LatLonPoint(LOCATION, p.lat(), p.lon()));
            doc.add(new LatLonDocValuesField(LOCATION, p.lat(), p.lon()));
        }
        return doc;
    }

    public List<IndexHit> search(IndexQuery q) {
        return withSearcher(searcher -> {
            Sort sort = new Sort(LatLonDocValuesField.newDistanceSort(LOCATION, q.lat(), q.lon()),
                    new SortField(NPI_SORT, SortField.Type.LONG));
            TopFieldDocs top = searcher.search(query(q), Math.max(1, q.limit()), sort);
            List<IndexHit> hits = new ArrayList<>(top.scoreDocs.length);
            var stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = stored.document(sd.doc);
                double meters = (Double) ((FieldDoc) sd).fields[0];
                String codes = doc.get(CODES_STORED);
                hits.add(new IndexHit(doc.getField(NPI).numericValue().longValue(), meters,
                        codes.isEmpty() ? List.of() : Arrays.asList(codes.split(" "))));
            }
            return hits;
        });
    }

    private Query query(IndexQuery q) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        if (!q.typeKeys().isEmpty() || !q.codes().isEmpty()) {
            BooleanQuery.Builder types = new BooleanQuery.Builder();
            q.typeKeys().forEach(t -> types.add(new TermQuery(new Term(TYPE, t)), Occur.SHOULD));
            q.codes().forEach(c -> types.add(new TermQuery(new Term(CODE, c)), Occur.SHOULD));
            all.add(types.build(), Occur.FILTER);
        }
        if (q.text() != null && !q.text().isBlank()) {
            List<String> words = analyze(q.text());
            for (int i = 0; i < words.size(); i++) {
                Term term = new Term(NAME, words.get(i));
                // the last word may still be being typed
                all.add(i == words.size() - 1 ? new PrefixQuery(term) : new TermQuery(term), Occur.FILTER);
            }
        }
        all.add(new IndexOrDocValuesQuery(LatLonPoint.newDistanceQuery(LOCATION, q.lat(), q.lon(), q.radiusMeters()),
                LatLonDocValuesField.newSlowDistanceQuery(LOCATION, q.lat(), q.lon(), q.radiusMeters())), Occur.FILTER);
        BooleanQuery query = all.build();
        return query.clauses().isEmpty() ? new MatchAllDocsQuery() : query;
    }

    private List<String> analyze(String text) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(NAME, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        }
        return words;
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            }
            finally {
                searchers.release(searcher);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
