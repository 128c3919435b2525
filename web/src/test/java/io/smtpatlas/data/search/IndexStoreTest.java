package io.smtpatlas.data.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which index on disk a start opens: the newest one committed with a content version, never a half-built one. */
class IndexStoreTest {

    @TempDir
    Path root;

    @Test
    void theNewestCommittedIndexIsOpenedAndSaysWhetherItIsCurrent() throws IOException {
        IndexStore store = new IndexStore(Optional.of(root));
        assertTrue(store.newest().isEmpty(), "nothing on disk yet");

        IndexStore.Stored first = store.create();
        commit(first, "db/shipped/7");
        IndexStore.Stored reopened = store.newest().orElseThrow();
        assertEquals(first.path(), reopened.path());
        assertTrue(reopened.isCurrent("db/shipped/7"));
        assertFalse(reopened.isCurrent("db/shipped/8"), "a change since the commit makes it stale");
        reopened.directory().close();
    }

    @Test
    void aBuildThatNeverCommittedIsSkippedAndOlderFoldersGoOnceReplaced() throws IOException, InterruptedException {
        IndexStore store = new IndexStore(Optional.of(root));
        IndexStore.Stored committed = store.create();
        commit(committed, "db/shipped/1");
        Thread.sleep(5); // folder names carry the time
        IndexStore.Stored abandoned = store.create();
        try (IndexWriter writer = writer(abandoned)) {
            writer.addDocument(document());
            writer.rollback(); // what a failed or interrupted rebuild does
        }
        assertEquals(committed.path(), store.newest().orElseThrow().path());

        store.deleteAllBut(committed.path());
        assertFalse(Files.exists(abandoned.path()));
        assertTrue(Files.exists(committed.path()));
    }

    @Test
    void withoutAFolderTheIndexLivesInMemory() {
        IndexStore store = new IndexStore(Optional.empty());
        assertTrue(store.newest().isEmpty());
        assertEquals(null, store.create().path());
    }

    private static void commit(IndexStore.Stored stored, String contentVersion) throws IOException {
        try (IndexWriter writer = writer(stored)) {
            writer.addDocument(document());
            writer.setLiveCommitData(
                    Map.of(IndexStore.CONTENT_VERSION, contentVersion, IndexStore.FORMAT, IndexStore.format())
                            .entrySet());
            writer.commit();
        }
        stored.directory().close();
    }

    private static IndexWriter writer(IndexStore.Stored stored) throws IOException {
        return new IndexWriter(
                stored.directory(), new IndexWriterConfig(new StandardAnalyzer()).setCommitOnClose(false));
    }

    private static Document document() {
        Document document = new Document();
        document.add(new StringField(SearchFields.CODE, "550", Field.Store.YES));
        return document;
    }
}
