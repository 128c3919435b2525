package io.smtpatlas.data.search;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.locale.SiteLocale;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;

/** Free-text search over all codes in a locale. Any input is accepted; the caller enforces length limits. */
@ApplicationScoped
public class SearchService {

    private static final int MIN_CORRECTED_LENGTH = 4;

    private final SearchIndex index;
    private final Catalog catalog;
    private final DirectSpellChecker spelling = new DirectSpellChecker();

    public SearchService(SearchIndex index, Catalog catalog) {
        this.index = index;
        this.catalog = catalog;
    }

    /** Rendered answers are kept by the web layer until the next edit; this always asks the index. */
    public SearchResults search(String raw, SiteLocale locale, int limit) {
        QueryText text = QueryText.parse(raw, catalog);
        while (true) {
            try {
                return search(text, locale, limit);
            } catch (IndexSearcher.TooManyClauses tooMany) {
                if (text.words().isEmpty()) {
                    throw tooMany;
                }
                text = text.shortened();
            }
        }
    }

    private SearchResults search(QueryText text, SiteLocale locale, int limit) {
        if (text.isEmpty()) {
            return SearchResults.empty();
        }
        List<String> highlight = new ArrayList<>(text.codeIds());
        highlight.addAll(SearchQueryBuilder.terms(SearchAnalyzers.folded(locale), text.words()));
        return index.withSearcher(searcher -> {
            Map<String, String> corrections = corrections(searcher, text, locale);
            // Corrected words join the query beside the originals: "authentcation" also looks for "authentication".
            QueryText corrected = corrections.isEmpty() ? text
                    : new QueryText(text.codes(), text.words() + " " + String.join(" ", corrections.values()));
            highlight.addAll(corrections.values());
            TopDocs top = searcher.search(withPrior(SearchQueryBuilder.build(corrected, locale, null)),
                    catalog.all().size());
            List<SearchHit> hits = hits(searcher, top, limit);
            return new SearchResults(hits, top.scoreDocs.length, List.copyOf(highlight),
                    didYouMean(text, locale, corrections));
        });
    }

    /** Completions for a search-as-you-type box: codes whose title or keywords start like the last word typed. */
    public List<SearchHit> suggest(String raw, SiteLocale locale, int limit) {
        QueryText text = QueryText.parse(raw, catalog);
        while (true) {
            try {
                return suggest(text, locale, limit);
            } catch (IndexSearcher.TooManyClauses tooMany) {
                if (text.words().isEmpty()) {
                    throw tooMany;
                }
                text = text.shortened();
            }
        }
    }

    private List<SearchHit> suggest(QueryText text, SiteLocale locale, int limit) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> words = SearchQueryBuilder.terms(SearchAnalyzers.folded(locale), text.words());
        String last = words.isEmpty() ? null : words.get(words.size() - 1);
        return index.withSearcher(searcher -> hits(searcher,
                searcher.search(withPrior(SearchQueryBuilder.build(text, locale, last)), limit), limit));
    }

    /**
     * Spelling corrections for the words that no text of the locale, nor of English, contains: each maps to the
     * closest indexed word. Ordinary queries have no unknown word and pay nothing here.
     */
    private Map<String, String> corrections(IndexSearcher searcher, QueryText text, SiteLocale locale)
            throws IOException {
        Map<String, String> corrections = new LinkedHashMap<>();
        for (String word : SearchQueryBuilder.terms(SearchAnalyzers.folded(locale), text.words())) {
            if (word.length() < MIN_CORRECTED_LENGTH || isKnown(searcher, word, locale)
                    || isKnown(searcher, word, SiteLocale.SOURCE)) {
                continue;
            }
            for (SiteLocale searched : List.of(locale, SiteLocale.SOURCE)) {
                SuggestWord[] suggestions = spelling.suggestSimilar(
                        new Term(SearchFields.folded(SearchFields.Part.BODY, searched), word), 1,
                        searcher.getIndexReader());
                if (suggestions.length > 0) {
                    corrections.put(word, suggestions[0].string);
                    break;
                }
            }
        }
        return corrections;
    }

    private static boolean isKnown(IndexSearcher searcher, String word, SiteLocale locale) throws IOException {
        return searcher.getIndexReader().docFreq(new Term(SearchFields.folded(SearchFields.Part.BODY, locale), word)) > 0
                || searcher.getIndexReader().docFreq(
                        new Term(SearchFields.folded(SearchFields.Part.KEYWORDS, locale), word)) > 0;
    }

    /** The query as the reader would have typed it without the typos, or null when nothing was corrected. */
    private static String didYouMean(QueryText text, SiteLocale locale, Map<String, String> corrections) {
        if (corrections.isEmpty()) {
            return null;
        }
        List<String> words = SearchQueryBuilder.terms(SearchAnalyzers.folded(locale), text.words());
        return String.join(" ", words.stream().map(word -> corrections.getOrDefault(word, word)).toList())
                .toLowerCase(Locale.ROOT);
    }

    private static Query withPrior(Query query) {
        return FunctionScoreQuery.boostByValue(query, DoubleValuesSource.fromFloatField(SearchFields.PRIOR));
    }

    private static List<SearchHit> hits(IndexSearcher searcher, TopDocs top, int limit) throws IOException {
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc doc : top.scoreDocs) {
            if (hits.size() == limit) {
                break;
            }
            hits.add(new SearchHit(searcher.storedFields().document(doc.doc).get(SearchFields.CODE), doc.score));
        }
        return hits;
    }
}
