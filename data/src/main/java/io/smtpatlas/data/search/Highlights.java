package io.smtpatlas.data.search;

import io.smtpatlas.core.locale.SiteLocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Where a text holds the terms of a query. The text is analyzed as its locale's search field is (the same
 * stemming, kuromoji or smartcn words, stop words dropped), so a highlight is exactly a word that matched: never a
 * stop word, never a whole Japanese clause. Analyses are kept by text (snippets are a few hundred short texts), so
 * a search only looks terms up.
 */
public final class Highlights {

    /** A matched word: from {@code start} (inclusive) to {@code end} (exclusive) in the text. */
    public record Span(int start, int end) {}

    private record Token(String term, int start, int end) {}

    private record Key(SiteLocale locale, String text) {}

    private static final int MAX_KEPT = 20_000;
    private static final Map<Key, List<Token>> TOKENS = new ConcurrentHashMap<>();

    private Highlights() {}

    /** The spans of {@code text} whose terms are among {@code terms} (as {@link SearchResults} gives them). */
    public static List<Span> of(String text, SiteLocale locale, List<String> terms) {
        if (terms.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        Set<String> wanted = new HashSet<>(terms);
        List<Span> spans = new ArrayList<>();
        for (Token token : tokens(locale, text)) {
            if (wanted.contains(token.term())) {
                Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                // Kuromoji gives a compound and its parts: keep one span over them.
                if (last != null && token.start() < last.end()) {
                    spans.set(spans.size() - 1, new Span(last.start(), Math.max(last.end(), token.end())));
                } else {
                    spans.add(new Span(token.start(), token.end()));
                }
            }
        }
        return spans;
    }

    private static List<Token> tokens(SiteLocale locale, String text) {
        Key key = new Key(locale, text);
        List<Token> tokens = TOKENS.get(key);
        if (tokens == null) {
            tokens = analyze(locale, text);
            if (TOKENS.size() >= MAX_KEPT) {
                TOKENS.clear(); // edited texts leave old entries behind; start over rather than grow
            }
            TOKENS.put(key, tokens);
        }
        return tokens;
    }

    private static List<Token> analyze(SiteLocale locale, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = SearchAnalyzers.stemmed(locale).tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tokens.sort((a, b) ->
                a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return List.copyOf(tokens);
    }
}
