package io.smtpatlas.data.search;

import io.smtpatlas.core.code.CodeKind;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns user text into a Lucene query without a query parser, so no input can be a syntax error. Codes named in
 * the text dominate; words are matched in the reader's locale first and in English with a lower weight, on
 * stemmed fields, on folded fields, and as phrases. The text is analyzed once per analyzer and the terms reused
 * for every field. A long text is reduced to its most significant terms (the rarest in the index), so a pasted
 * page never reaches Lucene's clause limit. Typos are corrected before, by {@link SearchService}.
 */
final class SearchQueryBuilder {

    static final float CODE_BOOST = 200f;
    static final float SOURCE_LOCALE_WEIGHT = 0.35f;
    static final float FOLDED_WEIGHT = 0.7f;
    static final float PHRASE_WEIGHT = 2.0f;
    static final float WIRE_WEIGHT = 2.0f;
    /** Terms kept from one analysis of the text: 12 terms make at most 12 × 6 parts × 4 analyses clauses. */
    static final int MAX_TERMS = 12;
    /** Phrases are worth looking for in a short question, not in a pasted paragraph. */
    static final int MAX_PHRASE_TERMS = 6;

    static final double MIN_SPECIFICITY = 0.05;
    static final float PAIR_WEIGHT = 2.0f;
    /** What the other parts of a code's text add to a term's best match (Lucene's dis_max tie-breaker). */
    static final float OTHER_PARTS_SHARE = 0.5f;
    /** Pairs of neighbouring words are looked for in questions up to this many words. */
    static final int MAX_PAIRED_TERMS = 10;

    private static final List<SearchFields.Part> PHRASE_PARTS =
            List.of(SearchFields.Part.TITLE, SearchFields.Part.PHRASINGS, SearchFields.Part.KEYWORDS);
    private static final List<SearchFields.Part> COMPLETION_PARTS =
            List.of(SearchFields.Part.TITLE, SearchFields.Part.PHRASINGS, SearchFields.Part.KEYWORDS);

    /** The terms of one analysis with their positions (stop words leave gaps, as in the indexed text). */
    record Analyzed(List<String> terms, List<Integer> positions) {

        int size() {
            return terms.size();
        }
    }

    private SearchQueryBuilder() {}

    static Query build(QueryText text, SiteLocale locale, IndexReader reader, String completionPrefix) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<SmtpCode> codes = text.codes();
        for (int i = 0; i < codes.size(); i++) {
            SmtpCode code = codes.get(i);
            // Enhanced codes are the more precise part of a bounce; earlier codes in the text rank first.
            float boost = CODE_BOOST * (code.kind() == CodeKind.ENHANCED ? 1.2f : 1f) - i;
            query.add(new BoostQuery(new TermQuery(new Term(SearchFields.CODE, code.id())), boost), Occur.SHOULD);
        }
        if (!text.words().isBlank()) {
            addWords(query, text.words(), locale, 1f, reader);
            if (locale != SiteLocale.SOURCE) {
                addWords(query, text.words(), SiteLocale.SOURCE, SOURCE_LOCALE_WEIGHT, reader);
            }
            Analyzed wire = significant(
                    analyze(SearchAnalyzers.stemmed(SiteLocale.EN), text.words()), SearchFields.WIRE, reader);
            addTerms(
                    query,
                    SearchFields.WIRE,
                    wire.terms(),
                    specificity(wire, SearchFields.stemmed(SearchFields.Part.BODY, SiteLocale.EN), reader),
                    WIRE_WEIGHT);
        }
        if (completionPrefix != null && !completionPrefix.isBlank()) {
            for (SearchFields.Part part : COMPLETION_PARTS) {
                query.add(
                        new BoostQuery(
                                new PrefixQuery(new Term(SearchFields.folded(part, locale), completionPrefix)),
                                part.weight),
                        Occur.SHOULD);
            }
        }
        return query.build();
    }

    private static void addWords(
            BooleanQuery.Builder query, String words, SiteLocale locale, float localeWeight, IndexReader reader) {
        Analyzed stemmed = significant(
                analyze(SearchAnalyzers.stemmed(locale), words),
                SearchFields.stemmed(SearchFields.Part.BODY, locale),
                reader);
        Analyzed folded = significant(
                withoutStopWords(analyze(SearchAnalyzers.folded(locale), words), locale),
                SearchFields.folded(SearchFields.Part.BODY, locale),
                reader);
        float[] stemmedSpecificity = specificity(stemmed, SearchFields.stemmed(SearchFields.Part.BODY, locale), reader);
        float[] foldedSpecificity = specificity(folded, SearchFields.folded(SearchFields.Part.BODY, locale), reader);
        addBestFields(query, stemmed, stemmedSpecificity, part -> SearchFields.stemmed(part, locale), localeWeight);
        addBestFields(
                query,
                folded,
                foldedSpecificity,
                part -> SearchFields.folded(part, locale),
                localeWeight * FOLDED_WEIGHT);
        // Neighbouring words of the query found together ("texto del correo") say more than each word alone.
        if (stemmed.size() >= 3 && stemmed.size() <= MAX_PAIRED_TERMS) {
            for (int i = 0; i + 1 < stemmed.size(); i++) {
                for (SearchFields.Part part : PHRASE_PARTS) {
                    String field = SearchFields.stemmed(part, locale);
                    PhraseQuery pair = new PhraseQuery.Builder()
                            .setSlop(2)
                            .add(
                                    new Term(field, stemmed.terms().get(i)),
                                    stemmed.positions().get(i))
                            .add(
                                    new Term(field, stemmed.terms().get(i + 1)),
                                    stemmed.positions().get(i + 1))
                            .build();
                    float specific = Math.min(stemmedSpecificity[i], stemmedSpecificity[i + 1]);
                    query.add(
                            new BoostQuery(
                                    pair, part.weight * localeWeight * PAIR_WEIGHT * (float) Math.sqrt(specific)),
                            Occur.SHOULD);
                }
            }
        }
        if (stemmed.size() >= 2 && stemmed.size() <= MAX_PHRASE_TERMS) {
            for (SearchFields.Part part : PHRASE_PARTS) {
                PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(2);
                for (int i = 0; i < stemmed.size(); i++) {
                    phrase.add(
                            new Term(
                                    SearchFields.stemmed(part, locale),
                                    stemmed.terms().get(i)),
                            stemmed.positions().get(i));
                }
                query.add(new BoostQuery(phrase.build(), part.weight * localeWeight * PHRASE_WEIGHT), Occur.SHOULD);
            }
        }
    }

    /**
     * Each term counts once, by the part of the text where it fits best (a title word beats a body word), plus a
     * little for the other parts: a word that merely appears everywhere in one code's texts must not outweigh a code
     * that matches more of the query's words.
     */
    private static void addBestFields(
            BooleanQuery.Builder query,
            Analyzed analyzed,
            float[] specificity,
            java.util.function.Function<SearchFields.Part, String> field,
            float weight) {
        for (int i = 0; i < analyzed.size(); i++) {
            List<Query> parts = new ArrayList<>(SearchFields.Part.values().length);
            for (SearchFields.Part part : SearchFields.Part.values()) {
                parts.add(new BoostQuery(
                        new TermQuery(
                                new Term(field.apply(part), analyzed.terms().get(i))),
                        part.weight));
            }
            query.add(
                    new BoostQuery(new DisjunctionMaxQuery(parts, OTHER_PARTS_SHARE), weight * specificity[i]),
                    Occur.SHOULD);
        }
    }

    private static void addTerms(
            BooleanQuery.Builder query, String field, List<String> terms, float[] specificity, float weight) {
        for (int i = 0; i < terms.size(); i++) {
            query.add(
                    new BoostQuery(new TermQuery(new Term(field, terms.get(i))), weight * specificity[i]),
                    Occur.SHOULD);
        }
    }

    /**
     * How much each term says about which code is meant, from 1 (in one code's texts) down to {@value #MIN_SPECIFICITY}
     * (in nearly all of them): the inverse document frequency of the term in all the locale's texts, relative to the
     * rarest possible. Each field's own statistics would rate "server" highly in titles, where it is rare, although
     * every code's text is about servers; this weight carries the whole-text view to every field.
     */
    static float[] specificity(Analyzed analyzed, String field, IndexReader reader) {
        float[] weights = new float[analyzed.size()];
        int docs = Math.max(reader.numDocs(), 1);
        double rarest = idf(1, docs);
        try {
            for (int i = 0; i < weights.length; i++) {
                int docFreq = reader.docFreq(new Term(field, analyzed.terms().get(i)));
                weights[i] = docFreq == 0 ? 1f : (float) Math.max(MIN_SPECIFICITY, idf(docFreq, docs) / rarest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return weights;
    }

    private static double idf(int docFreq, int docs) {
        return Math.log(1 + (docs - docFreq + 0.5) / (docFreq + 0.5));
    }

    /**
     * All terms of a short text; of a long one the {@value #MAX_TERMS} rarest that the index knows (rare terms
     * say the most about which code is meant), in text order.
     */
    static Analyzed significant(Analyzed analyzed, String field, IndexReader reader) {
        if (analyzed.size() <= MAX_TERMS) {
            return analyzed;
        }
        record Candidate(int index, int docFreq) {}
        List<Candidate> candidates = new ArrayList<>();
        try {
            for (int i = 0; i < analyzed.size(); i++) {
                int docFreq = reader.docFreq(new Term(field, analyzed.terms().get(i)));
                if (docFreq > 0) {
                    candidates.add(new Candidate(i, docFreq));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        candidates.sort(Comparator.comparingInt(Candidate::docFreq));
        Set<Integer> kept = new HashSet<>();
        candidates.stream().limit(MAX_TERMS).forEach(candidate -> kept.add(candidate.index()));
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < analyzed.size(); i++) {
            if (kept.contains(i)) {
                terms.add(analyzed.terms().get(i));
                positions.add(analyzed.positions().get(i));
            }
        }
        return new Analyzed(terms, positions);
    }

    /** Folded fields keep every word; the query drops the locale's stop words (pairs of syllables stay). */
    static Analyzed withoutStopWords(Analyzed analyzed, SiteLocale locale) {
        CharArraySet stop = SearchAnalyzers.stopWords(locale);
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < analyzed.size(); i++) {
            if (!stop.contains(analyzed.terms().get(i))) {
                terms.add(analyzed.terms().get(i));
                positions.add(analyzed.positions().get(i));
            }
        }
        return new Analyzed(terms, positions);
    }

    /** The distinct terms an analyzer makes of a text, in order, with the position of their first occurrence. */
    static Analyzed analyze(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                String value = term.toString();
                if (seen.add(value)) {
                    terms.add(value);
                    positions.add(Math.max(position, 0));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Analyzed(terms, positions);
    }

    /** The distinct terms an analyzer makes of a text, in order. */
    static List<String> terms(Analyzer analyzer, String text) {
        return analyze(analyzer, text).terms();
    }
}
