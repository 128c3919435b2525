package io.smtpatlas.data.search;

import io.smtpatlas.core.code.CodeKind;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns user text into a Lucene query without a query parser, so no input can be a syntax error. Codes named in
 * the text dominate; words are matched in the reader's locale first and in English with a lower weight, on
 * stemmed fields, on folded fields, and as phrases. Typos are corrected before, by {@link SearchService}.
 */
final class SearchQueryBuilder {

    static final float CODE_BOOST = 200f;
    static final float SOURCE_LOCALE_WEIGHT = 0.35f;
    static final float FOLDED_WEIGHT = 0.7f;
    static final float PHRASE_WEIGHT = 2.0f;
    static final float WIRE_WEIGHT = 2.0f;

    private SearchQueryBuilder() {
    }

    static Query build(QueryText text, SiteLocale locale, String completionPrefix) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<SmtpCode> codes = text.codes();
        for (int i = 0; i < codes.size(); i++) {
            SmtpCode code = codes.get(i);
            // Enhanced codes are the more precise part of a bounce; earlier codes in the text rank first.
            float boost = CODE_BOOST * (code.kind() == CodeKind.ENHANCED ? 1.2f : 1f) - i;
            query.add(new BoostQuery(new TermQuery(new Term(SearchFields.CODE, code.id())), boost), Occur.SHOULD);
        }
        if (!text.words().isBlank()) {
            addWords(query, text.words(), locale, 1f);
            if (locale != SiteLocale.SOURCE) {
                addWords(query, text.words(), SiteLocale.SOURCE, SOURCE_LOCALE_WEIGHT);
            }
            Query wire = new QueryBuilder(SearchAnalyzers.folded(SiteLocale.EN))
                    .createBooleanQuery(SearchFields.WIRE, text.words(), Occur.SHOULD);
            if (wire != null) {
                query.add(new BoostQuery(wire, WIRE_WEIGHT), Occur.SHOULD);
            }
        }
        if (completionPrefix != null && !completionPrefix.isBlank()) {
            for (SearchFields.Part part : List.of(SearchFields.Part.TITLE, SearchFields.Part.KEYWORDS)) {
                query.add(new BoostQuery(new PrefixQuery(new Term(SearchFields.folded(part, locale),
                        completionPrefix)), part.weight), Occur.SHOULD);
            }
        }
        return query.build();
    }

    private static void addWords(BooleanQuery.Builder query, String words, SiteLocale locale, float localeWeight) {
        QueryBuilder stemmed = new QueryBuilder(SearchAnalyzers.stemmed(locale));
        QueryBuilder folded = new QueryBuilder(SearchAnalyzers.folded(locale));
        for (SearchFields.Part part : SearchFields.Part.values()) {
            float weight = part.weight * localeWeight;
            add(query, stemmed.createBooleanQuery(SearchFields.stemmed(part, locale), words, Occur.SHOULD), weight);
            add(query, folded.createBooleanQuery(SearchFields.folded(part, locale), words, Occur.SHOULD),
                    weight * FOLDED_WEIGHT);
            if (part != SearchFields.Part.BODY) {
                add(query, stemmed.createPhraseQuery(SearchFields.stemmed(part, locale), words, 2),
                        weight * PHRASE_WEIGHT);
            }
        }
    }

    private static void add(BooleanQuery.Builder query, Query clause, float weight) {
        if (clause != null) {
            query.add(new BoostQuery(clause, weight), Occur.SHOULD);
        }
    }

    /** The distinct terms an analyzer makes of a text, in order. */
    static List<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(terms);
    }
}
