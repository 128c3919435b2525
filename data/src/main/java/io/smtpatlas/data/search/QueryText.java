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
record QueryText(List<SmtpCode> codes, String words, boolean pasted) {

    /** A bounce names one or two codes; a text naming more is a list, and only its first codes steer the ranking. */
    static final int MAX_CODES = 8;

    private static final Pattern ENHANCED = Pattern.compile("(?<![\\d.])[245]\\.\\d{1,3}\\.\\d{1,3}(?![.]?\\d)");
    private static final Pattern BASIC = Pattern.compile("(?<![\\d.])[2-5]\\d\\d(?![.]?\\d)");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\t\\n]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static QueryText parse(String raw, Catalog catalog) {
        String text = CONTROL.matcher(raw == null ? "" : raw).replaceAll(" ");
        Set<SmtpCode> codes = new LinkedHashSet<>();
        // Enhanced codes first: they are the more specific part of a bounce line.
        text = collect(ENHANCED, text, catalog, codes);
        text = collect(BASIC, text, catalog, codes);
        List<SmtpCode> named = new ArrayList<>(codes);
        String words = SPACES.matcher(text).replaceAll(" ").strip();
        // Several lines, or more than a sentence: pasted rather than typed.
        boolean pasted = text.strip().indexOf('\n') >= 0 || words.length() > 80;
        return new QueryText(List.copyOf(named.subList(0, Math.min(named.size(), MAX_CODES))), words, pasted);
    }

    /** The same query with half of its words, for a text whose words still make too many clauses (CJK runs). */
    QueryText shortened() {
        return new QueryText(codes, cut(words, words.length() / 2).strip(), pasted);
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
        if (!matcher.find()) {
            return text;
        }
        StringBuilder rest = new StringBuilder();
        do {
            catalog.find(matcher.group()).ifPresent(codes::add);
            matcher.appendReplacement(rest, " ");
        } while (matcher.find());
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
