package io.smtpatlas.data.search;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.ContentChanged;
import io.smtpatlas.data.translation.CodeTextRepository;
import io.smtpatlas.data.translation.TextField;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.StringField;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.jboss.logging.Logger;

/**
 * The Lucene index of all codes, the way Lucene's authors use it: one long-lived {@link IndexWriter}, a
 * {@link SearcherManager} for readers, {@code updateDocument} by code on every edit and a refresh on the write path.
 * Each instance builds its own index from the database at start; it is small (one document per code) and lives in
 * memory.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    private final Catalog catalog;
    private final CodeTextRepository texts;
    private final Event<SearchIndexChanged> changed;
    private IndexWriter writer;
    private SearcherManager searchers;

    public SearchIndex(Catalog catalog, CodeTextRepository texts, Event<SearchIndexChanged> changed) {
        this.catalog = catalog;
        this.texts = texts;
        this.changed = changed;
    }

    // After the content loader (default priority), so the index sees the shipped texts. Building takes a second or
    // two, far longer on a machine busy with other work: the default 60 s transaction timeout must not abort it.
    @Transactional
    @TransactionConfiguration(timeout = 600)
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) StartupEvent event) {
        long start = System.nanoTime();
        try {
            writer = new IndexWriter(directory(),
                    new IndexWriterConfig(SearchAnalyzers.perField()).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            Map<String, List<CodeText>> byCode = new HashMap<>();
            texts.listAll().forEach(text -> byCode.computeIfAbsent(text.code, k -> new ArrayList<>()).add(text));
            for (SmtpCode code : catalog.all()) {
                writer.addDocument(document(code, byCode.getOrDefault(code.id(), List.of())));
            }
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the search index", e);
        }
        LOG.infof("Search index built from the database: %d codes in %d ms", catalog.all().size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * In memory, each file as one buffer: the default many-block layout copies every block's buffer each time a
     * search opens a file, and a search opens the term dictionary of every field it looks a word up in.
     */
    static ByteBuffersDirectory directory() {
        return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        if (searchers != null) {
            searchers.close();
        }
        if (writer != null) {
            writer.close();
        }
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        reindex(change.code());
    }

    /**
     * Re-reads one code's texts from the database and makes the change searchable before returning. A new
     * transaction: called after an edit's commit, the edit's finished transaction is still on the thread.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reindex(String code) {
        SmtpCode smtpCode = catalog.find(code).orElse(null);
        if (smtpCode == null) {
            // A provider's texts (see ContentKeys) have no code document; pages showing them refresh anyway.
            changed.fire(new SearchIndexChanged(code));
            return;
        }
        try {
            writer.updateDocument(new Term(SearchFields.CODE, code), document(smtpCode, texts.list("code", code)));
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index " + code, e);
        }
        changed.fire(new SearchIndexChanged(code));
    }

    /** Runs a search on a current searcher, releasing it afterwards. */
    <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    static Document document(SmtpCode code, List<CodeText> rows) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.CODE, code.id(), Field.Store.YES));
        doc.add(new FloatDocValuesField(SearchFields.PRIOR, SearchPrior.of(code)));
        doc.add(new org.apache.lucene.document.TextField(SearchFields.WIRE, code.wireText(), Field.Store.NO));
        Map<SiteLocale, Map<TextField, String>> byLocale = new EnumMap<>(SiteLocale.class);
        for (CodeText row : rows) {
            // Readers search what they can read: the last approved revision, never a draft.
            if (row.isPublished()) {
                byLocale.computeIfAbsent(SiteLocale.fromTag(row.locale), k -> new EnumMap<>(TextField.class))
                        .put(row.field, row.publishedBody);
            }
        }
        byLocale.forEach((locale, fields) -> {
            add(doc, SearchFields.Part.TITLE, locale, fields.get(TextField.TITLE));
            add(doc, SearchFields.Part.KEYWORDS, locale, fields.get(TextField.KEYWORDS));
            add(doc, SearchFields.Part.PHRASINGS, locale, fields.get(TextField.PHRASINGS));
            add(doc, SearchFields.Part.SUMMARY, locale, fields.get(TextField.SUMMARY));
            add(doc, SearchFields.Part.BODY, locale, String.join("\n\n",
                    nonNull(fields.get(TextField.DESCRIPTION)), nonNull(fields.get(TextField.WHEN_YOU_SEE_IT)),
                    nonNull(fields.get(TextField.HOW_TO_FIX))));
        });
        return doc;
    }

    private static void add(Document doc, SearchFields.Part part, SiteLocale locale, String text) {
        if (text != null && !text.isBlank()) {
            doc.add(new org.apache.lucene.document.TextField(SearchFields.stemmed(part, locale), text, Field.Store.NO));
            doc.add(new org.apache.lucene.document.TextField(SearchFields.folded(part, locale), text, Field.Store.NO));
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
