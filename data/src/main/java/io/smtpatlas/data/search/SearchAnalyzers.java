package io.smtpatlas.data.search;

import io.smtpatlas.core.locale.SiteLocale;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Two analyses per locale. "Stemmed" fields use the language's own analyzer (stemming for en, fr, de, es, pt;
 * kuromoji for ja; smartcn for zh). "Folded" fields keep whole words but fold case, diacritics and width with ICU,
 * so "may chu" finds "máy chủ" and typo-tolerant queries have unstemmed terms to work on; Chinese and Japanese
 * folded fields index character bigrams, which match even where segmentation disagrees.
 */
final class SearchAnalyzers {

    // Analyzers are thread-safe and costly to build (kuromoji and smartcn load dictionaries): build each once.
    private static final Map<SiteLocale, Analyzer> STEMMED = new EnumMap<>(SiteLocale.class);
    private static final Map<SiteLocale, Analyzer> FOLDED = new EnumMap<>(SiteLocale.class);

    static {
        for (SiteLocale locale : SiteLocale.values()) {
            STEMMED.put(locale, newStemmed(locale));
            FOLDED.put(locale, newFolded(locale));
        }
    }

    private SearchAnalyzers() {
    }

    static Analyzer stemmed(SiteLocale locale) {
        return STEMMED.get(locale);
    }

    static Analyzer folded(SiteLocale locale) {
        return FOLDED.get(locale);
    }

    private static Analyzer newStemmed(SiteLocale locale) {
        return switch (locale) {
            case EN -> new EnglishAnalyzer();
            case FR -> new FrenchAnalyzer();
            case DE -> new GermanAnalyzer();
            case ES -> new SpanishAnalyzer();
            case PT -> new PortugueseAnalyzer();
            case JA -> new JapaneseAnalyzer();
            case ZH -> new SmartChineseAnalyzer();
            // Vietnamese has no stemmer: words do not inflect; folding covers typing without diacritics.
            case VI -> new StandardAnalyzer();
        };
    }

    private static Analyzer newFolded(SiteLocale locale) {
        boolean bigrams = locale == SiteLocale.JA || locale == SiteLocale.ZH;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ICUFoldingFilter(tokenizer);
                if (bigrams) {
                    stream = new CJKBigramFilter(stream);
                }
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /** One analyzer for the whole index, choosing by field name (see {@link SearchFields}). */
    static Analyzer perField() {
        Map<String, Analyzer> analyzers = new HashMap<>();
        for (SiteLocale locale : SiteLocale.values()) {
            Analyzer stemmed = stemmed(locale);
            Analyzer folded = folded(locale);
            for (SearchFields.Part part : SearchFields.Part.values()) {
                analyzers.put(SearchFields.stemmed(part, locale), stemmed);
                analyzers.put(SearchFields.folded(part, locale), folded);
            }
        }
        analyzers.put(SearchFields.WIRE, folded(SiteLocale.EN));
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), analyzers);
    }
}
