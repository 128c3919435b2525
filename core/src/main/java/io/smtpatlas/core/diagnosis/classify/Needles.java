package io.smtpatlas.core.diagnosis.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain words a regular expression cannot match without: the longest literal run outside groups, classes
 * and optional characters, per top-level alternative. Lets the phrase rules skip a text with one substring search.
 */
final class Needles {

    private static final int MIN_LENGTH = 2;

    private Needles() {}

    static List<String> topLevelAlternatives(String regex) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(regex.substring(start));
        return alternatives;
    }

    /**
     * Words one of which the alternative cannot match without: its longest mandatory literal, or else one word
     * per alternative of its first mandatory group ("(?:due to|as) spam" needs "spam"; "(?:user|mailbox) unknown"
     * needs "unknown"; "(?:sender|mail from) rejected" needs "rejected"), or null when no such words exist.
     */
    static List<String> needlesOf(String alternative) {
        String literal = longestLiteral(alternative);
        if (literal != null) {
            return List.of(literal);
        }
        String group = firstMandatoryGroup(alternative);
        if (group == null) {
            return null;
        }
        List<String> needles = new ArrayList<>();
        for (String inner : topLevelAlternatives(group)) {
            List<String> innerNeedles = needlesOf(inner);
            if (innerNeedles == null) {
                return null;
            }
            needles.addAll(innerNeedles);
        }
        return needles;
    }

    /** The content of the first group at depth 0 that is not optional, without its "?:" mark. */
    private static String firstMandatoryGroup(String alternative) {
        int depth = 0;
        int start = -1;
        boolean inClass = false;
        for (int i = 0; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                if (depth == 0) {
                    start = i + 1;
                }
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && start >= 0) {
                    char next = i + 1 < alternative.length() ? alternative.charAt(i + 1) : 0;
                    String inner = alternative.substring(start, i);
                    boolean lookaround = inner.startsWith("?=") || inner.startsWith("?!") || inner.startsWith("?<");
                    if (next != '?' && next != '*' && next != '{' && !lookaround) {
                        return inner.startsWith("?:") ? inner.substring(2) : inner;
                    }
                    start = -1;
                }
            }
        }
        return null;
    }

    /** The longest mandatory literal of at least two characters, or null when there is none. */
    static String longestLiteral(String alternative) {
        String best = null;
        StringBuilder run = new StringBuilder();
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            if (inClass) {
                inClass = c != ']';
                continue;
            }
            if (depth > 0) {
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
                continue;
            }
            boolean literal = Character.isLetterOrDigit(c)
                    || c == ' '
                    || c == '\''
                    || c == '-'
                    || c == '_'
                    || c == ','
                    || c == ';'
                    || c == ':'
                    || c == '@'
                    || c == '#'
                    || c == '/'
                    || c == '=';
            char next = i + 1 < alternative.length() ? alternative.charAt(i + 1) : 0;
            boolean optional = next == '?' || next == '*' || next == '{';
            if (literal && !optional) {
                run.append(c);
                continue;
            }
            best = longer(best, run.toString());
            run.setLength(0);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == '{') {
                int close = alternative.indexOf('}', i);
                i = close < 0 ? alternative.length() : close;
            }
        }
        best = longer(best, run.toString());
        return best;
    }

    private static String longer(String best, String candidate) {
        String trimmed = candidate.strip();
        if (trimmed.length() < MIN_LENGTH) {
            return best;
        }
        return best == null || trimmed.length() > best.length() ? trimmed : best;
    }
}
