package io.smtpatlas.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word-level diff (longest common subsequence) between two versions of a text, for the history view. */
final class WordDiff {

    /** A run of text that both versions share, or that one of them added or removed. */
    public record Part(String text, String kind) {
        public boolean added() {
            return "added".equals(kind);
        }

        public boolean removed() {
            return "removed".equals(kind);
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");
    /** Texts are at most 16 KB; beyond this many tokens the diff shows the whole change instead. */
    private static final int MAX_TOKENS = 4000;

    private WordDiff() {}

    static List<Part> between(String before, String after) {
        List<String> a = tokens(before == null ? "" : before);
        List<String> b = tokens(after);
        if ((long) a.size() * b.size() > (long) MAX_TOKENS * MAX_TOKENS / 4) {
            return List.of(new Part(String.join("", a), "removed"), new Part(String.join("", b), "added"));
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                append(parts, a.get(i), "same");
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                append(parts, b.get(j++), "added");
            } else {
                append(parts, a.get(i++), "removed");
            }
        }
        return parts;
    }

    private static void append(List<Part> parts, String token, String kind) {
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind().equals(kind)) {
            Part last = parts.remove(parts.size() - 1);
            parts.add(new Part(last.text() + token, kind));
        } else {
            parts.add(new Part(token, kind));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
