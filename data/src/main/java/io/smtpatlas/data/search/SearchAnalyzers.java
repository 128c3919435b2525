package io.smtpatlas.data.search;

import io.smtpatlas.core.locale.SiteLocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.util.IOUtils;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.German2Stemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Two analyses per locale. "Stemmed" fields use the language's stemmer (Porter for en, Snowball for fr, de, es,
 * pt; kuromoji for ja; smartcn for zh), without stop words, then fold diacritics for the Latin-script languages so
 * "boite pleine" finds "boîte pleine". "Folded" fields keep whole words but fold case, diacritics and width with
 * ICU, so typo-tolerant queries have unstemmed terms to work on; Chinese and Japanese folded fields index character
 * bigrams, which match even where segmentation disagrees, and Vietnamese folded fields add pairs of syllables
 * ("may chu" for "máy chủ"): a Vietnamese word is often two syllables, and without diacritics single syllables
 * are ambiguous while pairs rarely are.
 */
final class SearchAnalyzers {

    // Analyzers are thread-safe and costly to build (kuromoji and smartcn load dictionaries): build each once.
    private static final Map<SiteLocale, Analyzer> STEMMED = new EnumMap<>(SiteLocale.class);
    private static final Map<SiteLocale, Analyzer> FOLDED = new EnumMap<>(SiteLocale.class);
    private static final Map<SiteLocale, CharArraySet> STOP_WORDS = new EnumMap<>(SiteLocale.class);

    /** Vietnamese function words, folded (no diacritics): the language ships no list with Lucene. */
    private static final List<String> VIETNAMESE_STOP_WORDS = List.of(
            "va", "la", "cua", "co", "cac", "nhung", "mot", "cho", "voi", "nay", "do", "thi", "de", "khi", "duoc", "bi",
            "o", "tai", "trong", "ra", "vao", "tu", "den", "nen", "ma", "hay", "hoac", "neu", "vi", "se", "da", "dang",
            "roi", "cung", "toi", "ban", "minh", "no", "gi", "sao", "the", "nao", "ay", "nhu", "thuc", "su", "rat",
            "lai", "con", "chi", "moi", "khong", "chua", "phai", "ve", "theo");

    static {
        for (SiteLocale locale : SiteLocale.values()) {
            STOP_WORDS.put(locale, stopWords(locale));
            STEMMED.put(locale, newStemmed(locale));
            FOLDED.put(locale, newFolded(locale));
        }
    }

    private SearchAnalyzers() {}

    static Analyzer stemmed(SiteLocale locale) {
        return STEMMED.get(locale);
    }

    static Analyzer folded(SiteLocale locale) {
        return FOLDED.get(locale);
    }

    /** Words of a locale that say nothing about a code ("the", "does", "les", "của"), lower-case and folded. */
    static CharArraySet stopWords(SiteLocale locale) {
        CharArraySet known = STOP_WORDS.get(locale);
        return known != null
                ? known
                : switch (locale) {
                    case EN -> snowball("english_stop.txt");
                    case FR -> snowball("french_stop.txt");
                    case DE -> snowball("german_stop.txt");
                    case ES -> snowball("spanish_stop.txt");
                    case PT -> snowball("portuguese_stop.txt");
                    case VI -> new CharArraySet(VIETNAMESE_STOP_WORDS, true);
                    case JA -> JapaneseAnalyzer.getDefaultStopSet();
                    case ZH -> SmartChineseAnalyzer.getDefaultStopSet();
                };
    }

    private static CharArraySet snowball(String file) {
        try {
            CharArraySet words = WordlistLoader.getSnowballWordSet(
                    IOUtils.getDecodingReader(SnowballFilter.class, file, java.nio.charset.StandardCharsets.UTF_8));
            // Snowball lists keep diacritics ("à", "été"); our terms are folded, so hold both forms.
            CharArraySet both = new CharArraySet(words.size() * 2, true);
            for (Object word : words) {
                String text = new String((char[]) word);
                both.add(text);
                both.add(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", ""));
            }
            return CharArraySet.unmodifiableSet(both);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Analyzer newStemmed(SiteLocale locale) {
        CharArraySet stop = stopWords(locale);
        return switch (locale) {
            case EN -> foldAfter(new EnglishAnalyzer(stop));
            // Snowball rather than the analyzers' light stemmers: readers paraphrase with other forms of a verb
            // ("escriba", "escribir"), which only a full stemmer brings together.
            case FR -> snowballAnalyzer(new FrenchStemmer(), stop, true);
            case DE -> snowballAnalyzer(new German2Stemmer(), stop, false);
            case ES -> snowballAnalyzer(new SpanishStemmer(), stop, false);
            case PT -> snowballAnalyzer(new PortugueseStemmer(), stop, false);
            case JA -> new JapaneseAnalyzer();
            case ZH -> new SmartChineseAnalyzer();
            // Vietnamese has no stemmer: words do not inflect. Single folded syllables without function words.
            case VI ->
                new Analyzer() {
                    @Override
                    protected TokenStreamComponents createComponents(String fieldName) {
                        Tokenizer tokenizer = new StandardTokenizer();
                        return new TokenStreamComponents(
                                tokenizer, new StopFilter(new ICUFoldingFilter(tokenizer), stop));
                    }
                };
        };
    }

    /** Words, elisions removed ("l'adresse"), lower-cased, stop words dropped, stemmed by Snowball, folded. */
    private static Analyzer snowballAnalyzer(SnowballStemmer stemmer, CharArraySet stop, boolean elisions) {
        Class<? extends SnowballStemmer> type = stemmer.getClass();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                if (elisions) {
                    stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
                }
                stream = new StopFilter(stream, stop);
                try {
                    stream = new SnowballFilter(
                            stream, type.getDeclaredConstructor().newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(stream));
            }
        };
    }

    /** The analyzer's terms, folded: readers type "boite", "autenticacao", "Uberprufung". */
    private static Analyzer foldAfter(Analyzer language) {
        return new AnalyzerWrapper(language.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return language;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                return new TokenStreamComponents(
                        components.getSource(), new ICUFoldingFilter(components.getTokenStream()));
            }
        };
    }

    private static Analyzer newFolded(SiteLocale locale) {
        boolean bigrams = locale == SiteLocale.JA || locale == SiteLocale.ZH;
        boolean syllablePairs = locale == SiteLocale.VI;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ICUFoldingFilter(tokenizer);
                if (bigrams) {
                    stream = new CJKBigramFilter(stream);
                }
                if (syllablePairs) {
                    ShingleFilter pairs = new ShingleFilter(stream, 2, 2);
                    pairs.setTokenSeparator(" ");
                    stream = pairs;
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
        analyzers.put(SearchFields.WIRE, stemmed(SiteLocale.EN));
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), analyzers);
    }
}
