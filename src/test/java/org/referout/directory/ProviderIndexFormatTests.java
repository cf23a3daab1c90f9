package org.referout.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.referout.directory.index.IndexQuery;
import org.referout.directory.index.IndexedProvider;
import org.referout.directory.index.ProviderIndex;

/** The index's document layout is versioned: an index written by an older version is rebuilt, never half-used. */
@Tag("db")
@ExtendWith(DirectoryDatabase.class)
class ProviderIndexFormatTests {

    @TempDir
    Path tmp;

    @Test
    void anIndexInTheOlderLayoutIsStartedAfreshWithAnEmptyStamp() throws IOException {
        Map<String, String> stamp = Map.of("run", "1", "line", "10");
        writeOlderLayout(tmp.resolve("index"), stamp);

        try (ProviderIndex index = ProviderIndex.open(tmp.resolve("index"))) {
            assertThat(index.stamp()).isEmpty();
            assertThat(index.isEmpty()).isTrue();
        }
    }

    @Test
    void aNewIndexAndOneCommittedByThisVersionAreCurrent() {
        try (ProviderIndex index = ProviderIndex.open(tmp.resolve("index"))) {
            assertThat(index.stamp()).isEmpty();

            index.add(provider(1234567893L, "JANE DOE"));
            index.commit(Map.of("run", "3", "line", "7"));

            assertThat(index.stamp()).isEqualTo(Map.of("run", "3", "line", "7"));
        }
        try (ProviderIndex reopened = ProviderIndex.open(tmp.resolve("index"))) {
            assertThat(reopened.stamp()).isEqualTo(Map.of("run", "3", "line", "7"));
            assertThat(reopened.size()).isEqualTo(1);
        }
    }

    @Test
    void upsertAndDeleteFindTheProviderByItsNpi() {
        try (ProviderIndex index = ProviderIndex.inMemory()) {
            index.add(provider(1234567893L, "JANE DOE"));
            index.add(provider(1234567901L, "JOHN ROE"));
            index.upsert(provider(1234567893L, "JANE SMITH"));
            index.refresh();
            assertThat(index.size()).isEqualTo(2);
            assertThat(names(index, "smith")).containsExactly(1234567893L);
            assertThat(names(index, "doe")).isEmpty();

            index.delete(1234567893L);
            index.refresh();
            assertThat(index.size()).isEqualTo(1);
            assertThat(names(index, "smith")).isEmpty();
        }
    }

    @Test
    void anUpdateImportBesideAnOlderIndexFirstRebuildsItFromTheDatabase() throws IOException {
        DataSource dataSource = DirectoryDatabase.fresh();
        Path sample = NppesImportTests.sample();
        try (ProviderIndex index = ProviderIndex.open(tmp.resolve("index"))) {
            DirectoryDatabase.directory(dataSource, index, NppesImportTests.TAXONOMY, NppesImportTests.ZIPS)
                .importNppes(sample, false, ImportProgress.Listener.NONE);
        }
        // an older version's index beside the same database, holding a provider the database does not have
        deleteRecursively(tmp.resolve("index"));
        writeOlderLayout(tmp.resolve("index"), Map.of("run", "1", "line", "1001"));

        try (ProviderIndex index = ProviderIndex.open(tmp.resolve("index"))) {
            ImportReport update = DirectoryDatabase.directory(dataSource, index, NppesImportTests.TAXONOMY,
                    NppesImportTests.ZIPS).importNppes(sample, true, ImportProgress.Listener.NONE);

            assertThat(update.imported()).isZero();
            assertThat(index.size()).isEqualTo(921);
            assertThat(names(index, "layout")).isEmpty();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (var files = java.nio.file.Files.walk(path)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(file);
            }
        }
    }

    private static List<Long> names(ProviderIndex index, String text) {
        return index.search(new IndexQuery(Set.of(), Set.of(), text, 40.7, -74.0, 50_000, 10)).stream()
            .map(hit -> hit.npi())
            .toList();
    }

    private static IndexedProvider provider(long npi, String name) {
        return new IndexedProvider(npi, name, List.of("225700000X"), "225700000X", List.of("massage-therapist"),
                "massage-therapist", "10001", 40.7, -74.0);
    }

    /** What versions before the layout stamp wrote: the NPI as ten characters, the name as a scored text field. */
    private static void writeOlderLayout(Path path, Map<String, String> stamp) throws IOException {
        try (var directory = FSDirectory.open(path);
                var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField("npi", "1999999992", Field.Store.NO));
            doc.add(new TextField("name", "OLD LAYOUT", Field.Store.NO));
            writer.addDocument(doc);
            writer.setLiveCommitData(stamp.entrySet());
            writer.commit();
        }
    }
}
