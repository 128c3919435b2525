package io.smtpatlas.data.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.content.ContentVersion;
import io.smtpatlas.data.content.ContentVersions;
import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.CodeTextRepository;
import io.smtpatlas.data.translation.ContentChanged;
import io.smtpatlas.data.translation.ContentSynced;
import io.smtpatlas.data.translation.TextField;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.jboss.logging.Logger;

/**
 * The Lucene index of all codes, the way Lucene's authors use it: one long-lived {@link IndexWriter}, a
 * {@link SearcherManager} for readers, {@code updateDocument} by code on every edit and a refresh on the write path.
 *
 * <p>The index is kept on disk under the data directory. A start whose content version (database, shipped content,
 * last change) matches the last commit opens it as it is; otherwise the previous index answers while a new one is
 * built in the background, then takes over. Only a start with no index at all makes searches wait for the first
 * build.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    /** How long a replaced index stays open for the searches still running on it. */
    private static final long RETIRE_AFTER_MS = 10_000;

    private static final Duration FIRST_INDEX_WAIT = Duration.ofSeconds(60);

    private final Catalog catalog;
    private final CodeTextRepository texts;
    private final Event<SearchIndexChanged> changed;
    private final ContentVersions versions;
    private final IndexStore store;
    private final CompletableFuture<Void> firstIndex = new CompletableFuture<>();
    private final Object writes = new Object();
    private volatile Live live;
    private volatile ContentVersion synced;
    /** Codes reindexed while a rebuild runs, applied to the new index before it takes over; null between rebuilds. */
    private Set<String> touchedDuringRebuild;

    /** The index that answers: its folder, writer and searchers. */
    private record Live(IndexStore.Stored stored, IndexWriter writer, SearcherManager searchers) {

        static Live open(IndexStore.Stored stored, IndexWriterConfig.OpenMode mode) throws IOException {
            IndexWriter writer = new IndexWriter(
                    stored.directory(),
                    new IndexWriterConfig(SearchAnalyzers.perField())
                            .setOpenMode(mode)
                            .setCommitOnClose(false));
            return new Live(stored, writer, new SearcherManager(writer, null));
        }

        void commit(ContentVersion version) throws IOException {
            writer.setLiveCommitData(
                    Map.of(IndexStore.CONTENT_VERSION, version.key(), IndexStore.FORMAT, IndexStore.format())
                            .entrySet());
            writer.commit();
        }

        void close() throws IOException {
            searchers.close();
            writer.close();
            stored.directory().close();
        }
    }

    public SearchIndex(
            Catalog catalog,
            CodeTextRepository texts,
            Event<SearchIndexChanged> changed,
            ContentVersions versions,
            SearchConfig config) {
        this.catalog = catalog;
        this.texts = texts;
        this.changed = changed;
        this.versions = versions;
        this.store = new IndexStore(config.indexDir());
    }

    // After the content loader, which reads the content version.
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) StartupEvent event) {
        long start = System.nanoTime();
        synced = versions.atStart();
        Optional<IndexStore.Stored> kept = store.newest();
        if (kept.isPresent()) {
            try {
                live = Live.open(kept.get(), IndexWriterConfig.OpenMode.APPEND);
                firstIndex.complete(null);
            } catch (IOException | RuntimeException e) {
                LOG.warnf(
                        "The search index in %s cannot be opened (%s); building a new one",
                        kept.get().path(), e);
                closeQuietly(kept.get().directory());
            }
        }
        if (live != null && kept.get().isCurrent(synced.key())) {
            LOG.infof(
                    "Search index opened from %s, current with the content: %d ms",
                    kept.get().path(), (System.nanoTime() - start) / 1_000_000);
        } else {
            LOG.infof(
                    live == null
                            ? "No search index yet: building one in the background"
                            : "The search index in %s is older than the content: it answers while a new one is built",
                    live == null ? null : live.stored().path());
            background("search-index-build", this::rebuild);
        }
        background("search-analyzers-warm-up", SearchIndex::warmUpAnalyzers);
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        synchronized (writes) {
            if (live != null) {
                if (touchedDuringRebuild == null) {
                    live.commit(synced);
                }
                live.close();
                live = null;
            }
        }
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        reindex(change.code());
    }

    // Every change up to this one is in the index: the commit on disk can say so.
    void onSynced(@Observes ContentSynced sync) throws IOException {
        synchronized (writes) {
            synced = synced.withLastChange(sync.lastChange());
            if (live != null && touchedDuringRebuild == null) {
                live.commit(synced);
            }
        }
    }

    /**
     * Re-reads one code's texts from the database and makes the change searchable before returning. The texts are read
     * in a transaction of their own: called after an approval committed, the caller's persistence context (the
     * request's, which read the texts before the approval) would hand back the entities as they were before it.
     */
    public void reindex(String code) {
        SmtpCode smtpCode = catalog.find(code).orElse(null);
        if (smtpCode == null) {
            // A provider's texts (see ContentKeys) have no code document; pages showing them refresh anyway.
            changed.fire(new SearchIndexChanged(code));
            return;
        }
        Document document = document(smtpCode, QuarkusTransaction.requiringNew().call(() -> texts.list("code", code)));
        awaitFirstIndex();
        try {
            synchronized (writes) {
                if (touchedDuringRebuild != null) {
                    touchedDuringRebuild.add(code);
                }
                live.writer().updateDocument(new Term(SearchFields.CODE, code), document);
                live.searchers().maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index " + code, e);
        }
        changed.fire(new SearchIndexChanged(code));
    }

    /** Builds a new index from the database beside the one that answers, then puts it in its place. */
    private void rebuild() {
        long start = System.nanoTime();
        synchronized (writes) {
            touchedDuringRebuild = new HashSet<>();
        }
        Live fresh = null;
        try {
            fresh = Live.open(store.create(), IndexWriterConfig.OpenMode.CREATE);
            Map<String, List<CodeText>> byCode = new HashMap<>();
            QuarkusTransaction.requiringNew()
                    .run(() -> texts.listAll()
                            .forEach(text -> byCode.computeIfAbsent(text.code, k -> new ArrayList<>())
                                    .add(text)));
            for (SmtpCode code : catalog.all()) {
                fresh.writer().addDocument(document(code, byCode.getOrDefault(code.id(), List.of())));
            }
            Live previous;
            synchronized (writes) {
                for (String code : touchedDuringRebuild) {
                    List<CodeText> rows = QuarkusTransaction.requiringNew().call(() -> texts.list("code", code));
                    fresh.writer()
                            .updateDocument(
                                    new Term(SearchFields.CODE, code),
                                    document(catalog.find(code).orElseThrow(), rows));
                }
                touchedDuringRebuild = null;
                fresh.commit(synced);
                fresh.searchers().maybeRefreshBlocking();
                previous = live;
                live = fresh;
            }
            firstIndex.complete(null);
            LOG.infof(
                    "Search index built from the database: %d codes in %d ms",
                    catalog.all().size(), (System.nanoTime() - start) / 1_000_000);
            // Answers kept from the previous index may differ from what the new one says.
            changed.fire(new SearchIndexChanged(null));
            if (previous != null) {
                Thread.sleep(RETIRE_AFTER_MS);
                previous.close();
            }
            if (fresh.stored().path() != null) {
                store.deleteAllBut(fresh.stored().path());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.error("Cannot build the search index", e);
            synchronized (writes) {
                touchedDuringRebuild = null;
            }
            if (fresh != null && live != fresh) {
                closeQuietly(fresh.writer()::rollback); // leaves no commit behind: never taken for an index
            }
            if (live == null) {
                firstIndex.completeExceptionally(e);
            }
        }
    }

    /** Runs a search on a current searcher, releasing it afterwards. */
    <T> T withSearcher(SearcherWork<T> work) {
        awaitFirstIndex();
        while (true) {
            SearcherManager searchers = live.searchers();
            IndexSearcher searcher;
            try {
                searcher = searchers.acquire();
            } catch (AlreadyClosedException replaced) {
                continue; // a rebuilt index took over between reading the field and acquiring
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return work.apply(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    searchers.release(searcher);
                } catch (IOException e) {
                    LOG.debug("Cannot release a searcher", e);
                }
            }
        }
    }

    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private void awaitFirstIndex() {
        try {
            firstIndex.get(FIRST_INDEX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the search index", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The search index is not available", e);
        }
    }

    /**
     * Loads what analysis needs on first use (the Japanese and Chinese dictionaries, ICU data) off the start path, so
     * that the first search in each language does not pay for it.
     */
    private static void warmUpAnalyzers() {
        for (SiteLocale locale : SiteLocale.values()) {
            for (Analyzer analyzer : List.of(SearchAnalyzers.stemmed(locale), SearchAnalyzers.folded(locale))) {
                try (TokenStream tokens = analyzer.tokenStream("warm-up", "550 メールボックス 邮箱已满 hộp thư")) {
                    tokens.reset();
                    while (tokens.incrementToken()) {
                        // Reading the tokens is the point.
                    }
                    tokens.end();
                } catch (IOException e) {
                    LOG.debug("Analyzer warm-up failed", e);
                }
            }
        }
    }

    private static void background(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            LOG.debug("Cannot close", e);
        }
    }

    private static Document document(SmtpCode code, List<CodeText> rows) {
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
            add(
                    doc,
                    SearchFields.Part.BODY,
                    locale,
                    String.join(
                            "\n\n",
                            nonNull(fields.get(TextField.DESCRIPTION)),
                            nonNull(fields.get(TextField.WHEN_YOU_SEE_IT)),
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
