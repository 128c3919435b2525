package io.smtpatlas.web.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the words of a text that match the query. Words are compared folded (case and diacritics removed) and by
 * prefix, so "authentication" in a query marks "Authentication" and stemmed forms. CJK text is matched by substring.
 */
final class Snippets {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}.'’-]*[\\p{L}\\p{N}])?");
    private static final int MIN_PREFIX = 4;

    private Snippets() {
    }

    static List<SnippetPart> highlight(String text, List<String> terms) {
        List<String> folded = terms.stream().map(Snippets::fold).filter(t -> !t.isBlank()).toList();
        List<SnippetPart> parts = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        int last = 0;
        while (word.find()) {
            if (matches(fold(word.group()), folded)) {
                if (word.start() > last) {
                    parts.add(new SnippetPart(text.substring(last, word.start()), false));
                }
                parts.add(new SnippetPart(word.group(), true));
                last = word.end();
            }
        }
        if (last < text.length()) {
            parts.add(new SnippetPart(text.substring(last), false));
        }
        return parts;
    }

    private static boolean matches(String word, List<String> terms) {
        for (String term : terms) {
            if (isCjk(term) ? word.contains(term) : sameStem(word, term)) {
                return true;
            }
        }
        return false;
    }

    /** Equal, or sharing a prefix that leaves at most three letters of the shorter word ("authenticat-ed/-ion"). */
    private static boolean sameStem(String word, String term) {
        int shorter = Math.min(word.length(), term.length());
        int common = 0;
        while (common < shorter && word.charAt(common) == term.charAt(common)) {
            common++;
        }
        return word.equals(term) || common >= Math.max(MIN_PREFIX, shorter - 3);
    }

    private static boolean isCjk(String term) {
        return term.codePoints().anyMatch(cp -> Character.isIdeographic(cp)
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA);
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
