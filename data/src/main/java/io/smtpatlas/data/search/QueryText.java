package io.smtpatlas.data.search;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user typed, split into the codes it names ("550 5.1.1 The email account…" names 5.1.1 and 550) and the
 * words around them. Works on any text: nothing here is query syntax.
 */
record QueryText(List<SmtpCode> codes, String words) {

    private static final Pattern ENHANCED = Pattern.compile("(?<![\\d.])[245]\\.\\d{1,3}\\.\\d{1,3}(?![.]?\\d)");
    private static final Pattern BASIC = Pattern.compile("(?<![\\d.])[2-5]\\d\\d(?![.]?\\d)");
    static final int MAX_WORDS = 24;
    static final int MAX_WORD_CHARS = 200;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\t\\n]]");

    static QueryText parse(String raw, Catalog catalog) {
        String text = CONTROL.matcher(raw == null ? "" : raw).replaceAll(" ");
        Set<SmtpCode> codes = new LinkedHashSet<>();
        StringBuilder words = new StringBuilder();
        // Enhanced codes first: they are the more specific part of a bounce line.
        text = collect(ENHANCED, text, catalog, codes);
        text = collect(BASIC, text, catalog, codes);
        words.append(text.replaceAll("\\s+", " ").strip());
        return new QueryText(List.copyOf(codes), firstWords(words.toString()));
    }

    /**
     * The first {@link #MAX_WORDS} distinct words, at most {@link #MAX_WORD_CHARS} characters: each word becomes
     * dozens of clauses (fields, locales, phrases), and Lucene refuses a query of more than 1024. A bounce line's
     * telling words come early; its codes are taken apart above, whatever their position.
     */
    private static String firstWords(String words) {
        Set<String> kept = new LinkedHashSet<>();
        int chars = 0;
        for (String word : words.split(" ")) {
            int room = MAX_WORD_CHARS - chars;
            if (kept.size() == MAX_WORDS || room <= 0) {
                break;
            }
            if (!word.isEmpty() && kept.add(cut(word, room))) {
                chars += word.length() + 1;
            }
        }
        return String.join(" ", kept);
    }

    /** The same query with half of its words, for a text whose words still make too many clauses (CJK runs). */
    QueryText shortened() {
        return new QueryText(codes, cut(words, words.length() / 2).strip());
    }

    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    private static String collect(Pattern pattern, String text, Catalog catalog, Set<SmtpCode> codes) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (matcher.find()) {
            catalog.find(matcher.group()).ifPresent(codes::add);
            matcher.appendReplacement(rest, " ");
        }
        matcher.appendTail(rest);
        return rest.toString();
    }

    boolean isEmpty() {
        return codes.isEmpty() && words.isBlank();
    }

    List<String> codeIds() {
        List<String> ids = new ArrayList<>();
        codes.forEach(code -> ids.add(code.id()));
        return ids;
    }
}
