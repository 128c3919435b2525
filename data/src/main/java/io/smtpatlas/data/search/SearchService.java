package io.smtpatlas.data.search;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.locale.SiteLocale;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
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
    /** Spelling is worth checking in what people type, not in a pasted paragraph. */
    private static final int MAX_CORRECTED_WORDS = 6;
    /** A suggestion ("Did you mean …") is offered for a few typed words only. */
    private static final int MAX_SUGGESTED_WORDS = 4;
    /** A code is relevant when it scores at least this share of the best code's score. */
    static final float RELEVANT_SHARE = 0.3f;

    private final SearchIndex index;
    private final Catalog catalog;
    private final DirectSpellChecker spelling = new DirectSpellChecker();

    public SearchService(SearchIndex index, Catalog catalog) {
        this.index = index;
        this.catalog = catalog;
    }

    public SearchResults search(String raw, SiteLocale locale, int limit) {
        return search(raw, locale, 0, limit);
    }

    /** Rendered answers are kept by the web layer until the next edit; this always asks the index. */
    public SearchResults search(String raw, SiteLocale locale, int offset, int limit) {
        QueryText text = QueryText.parse(raw, catalog);
        while (true) {
            try {
                return search(text, locale, offset, limit);
            } catch (IndexSearcher.TooManyClauses tooMany) {
                if (text.words().isEmpty()) {
                    throw tooMany;
                }
                text = text.shortened();
            }
        }
    }

    private SearchResults search(QueryText text, SiteLocale locale, int offset, int limit) {
        if (text.isEmpty()) {
            return SearchResults.empty();
        }
        return index.withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            List<String> folded = text.words().isEmpty()
                    ? List.of()
                    : SearchQueryBuilder.withoutStopWords(
                                    SearchQueryBuilder.analyze(SearchAnalyzers.folded(locale), text.words()), locale)
                            .terms();
            Map<String, String> corrections = folded.size() > MAX_CORRECTED_WORDS || text.pasted()
                    ? Map.of()
                    : corrections(reader, folded, locale);
            // Corrected words join the query beside the originals: "authentcation" also looks for "authentication".
            QueryText corrected = corrections.isEmpty()
                    ? text
                    : new QueryText(
                            text.codes(), text.words() + " " + String.join(" ", corrections.values()), text.pasted());
            TopDocs top = searcher.search(
                    withPrior(SearchQueryBuilder.build(corrected, locale, reader, null)),
                    catalog.all().size());
            int relevant = relevant(top);
            return new SearchResults(
                    hits(searcher, top, offset, Math.min(limit, relevant - offset)),
                    relevant,
                    highlightTerms(corrected, locale),
                    didYouMean(text, folded, corrections));
        });
    }

    /** Completions for a search-as-you-type box: the best codes, with titles starting like the last word typed. */
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
        String last = words.isEmpty() || words.size() > MAX_CORRECTED_WORDS ? null : words.get(words.size() - 1);
        return index.withSearcher(searcher -> hits(
                searcher,
                searcher.search(
                        withPrior(SearchQueryBuilder.build(text, locale, searcher.getIndexReader(), last)), limit),
                0,
                limit));
    }

    /** The codes named and the words of the query as the reader's language analyzes them, stop words excluded. */
    private static List<String> highlightTerms(QueryText text, SiteLocale locale) {
        Set<String> terms = new LinkedHashSet<>(text.codeIds());
        if (!text.words().isEmpty()) {
            terms.addAll(SearchQueryBuilder.terms(SearchAnalyzers.stemmed(locale), text.words()));
        }
        return List.copyOf(terms);
    }

    /**
     * Spelling corrections for the words that no text of the locale, nor of English, contains: each maps to the
     * closest indexed word. Queries of known words pay four term lookups per word and nothing more.
     */
    private Map<String, String> corrections(IndexReader reader, List<String> words, SiteLocale locale)
            throws IOException {
        Map<String, String> corrections = new LinkedHashMap<>();
        for (String word : words) {
            if (word.length() < MIN_CORRECTED_LENGTH
                    || !isWord(word)
                    || isKnown(reader, word, locale)
                    || isKnown(reader, word, SiteLocale.SOURCE)) {
                continue;
            }
            for (SiteLocale searched : List.of(locale, SiteLocale.SOURCE)) {
                SuggestWord[] suggestions = spelling.suggestSimilar(
                        new Term(SearchFields.folded(SearchFields.Part.BODY, searched), word), 1, reader);
                if (suggestions.length > 0) {
                    corrections.put(word, suggestions[0].string);
                    break;
                }
            }
        }
        return corrections;
    }

    /** A single word of letters: numbers (queue ids, sizes) and pairs of syllables are not spelling mistakes. */
    private static boolean isWord(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (!Character.isLetter(term.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isKnown(IndexReader reader, String word, SiteLocale locale) throws IOException {
        for (SearchFields.Part part :
                List.of(SearchFields.Part.BODY, SearchFields.Part.KEYWORDS, SearchFields.Part.PHRASINGS)) {
            if (reader.docFreq(new Term(SearchFields.folded(part, locale), word)) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The query as the reader would have typed it without the typos, or null: only for a few typed words without
     * a code, where a corrected spelling is what the reader is likely to want.
     */
    private static String didYouMean(QueryText text, List<String> words, Map<String, String> corrections) {
        if (corrections.isEmpty()
                || !text.codes().isEmpty()
                || text.pasted()
                || words.stream().filter(word -> word.indexOf(' ') < 0).count() > MAX_SUGGESTED_WORDS) {
            return null;
        }
        List<String> corrected = new ArrayList<>();
        for (String word : words) {
            if (word.indexOf(' ') < 0) {
                corrected.add(corrections.getOrDefault(word, word));
            }
        }
        return String.join(" ", corrected).toLowerCase(Locale.ROOT);
    }

    private static Query withPrior(Query query) {
        return FunctionScoreQuery.boostByValue(query, DoubleValuesSource.fromFloatField(SearchFields.PRIOR));
    }

    private static int relevant(TopDocs top) {
        if (top.scoreDocs.length == 0) {
            return 0;
        }
        float threshold = top.scoreDocs[0].score * RELEVANT_SHARE;
        int relevant = 0;
        while (relevant < top.scoreDocs.length && top.scoreDocs[relevant].score >= threshold) {
            relevant++;
        }
        return relevant;
    }

    private static List<SearchHit> hits(IndexSearcher searcher, TopDocs top, int offset, int limit) throws IOException {
        List<SearchHit> hits = new ArrayList<>();
        int end = Math.min(top.scoreDocs.length, offset + Math.max(limit, 0));
        for (int i = offset; i < end; i++) {
            ScoreDoc doc = top.scoreDocs[i];
            hits.add(new SearchHit(searcher.storedFields().document(doc.doc).get(SearchFields.CODE), doc.score));
        }
        return hits;
    }
}
