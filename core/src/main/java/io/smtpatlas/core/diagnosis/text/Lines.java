package io.smtpatlas.core.diagnosis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits pasted text into lines with hard bounds, so every rule downstream scans short strings: a 1 MB line or a
 * 10 MB paste costs no more than the capped prefix.
 */
public final class Lines {

    /** Characters of a part that any rule looks at. */
    public static final int MAX_TEXT = 128 * 1024;
    /** Characters of one line that any rule looks at. */
    public static final int MAX_LINE = 1_000;

    private static final int MAX_LINES = 5_000;

    private Lines() {}

    public static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        int end = Math.min(text.length(), MAX_TEXT);
        int start = 0;
        while (start < end && lines.size() < MAX_LINES) {
            int newline = text.indexOf('\n', start);
            int stop = newline < 0 || newline > end ? end : newline;
            int cut = Math.min(stop, start + MAX_LINE);
            String line = text.substring(start, cut);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            lines.add(line.replace('\0', ' ').replace('\r', ' '));
            start = stop + 1;
        }
        return lines;
    }

    /** Joins lines into one, collapsing runs of white space: a folded server text "as sent", on one line. */
    public static String unfold(List<String> lines) {
        StringBuilder joined = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(trimmed);
            if (joined.length() > MAX_LINE * 2) {
                break;
            }
        }
        return collapseSpaces(joined.toString());
    }

    /**
     * A multi-line server reply on one line: "550-5.7.1 Messages with multiple" + "550 5.7.1 addresses in From:"
     * becomes "550-5.7.1 Messages with multiple addresses in From:", the repeated code prefixes dropped.
     */
    public static String unfoldReply(List<String> lines) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i > 0) {
                line = REPLY_PREFIX.matcher(line).replaceFirst("");
            }
            parts.add(line);
        }
        return withoutRepeatedCodes(unfold(parts));
    }

    /**
     * Drops the copies of a reply's opening codes that a re-folded multi-line reply leaves inside its text:
     * "550-5.7.1 Messages with multiple 550 5.7.1 addresses" becomes "550-5.7.1 Messages with multiple addresses".
     */
    public static String withoutRepeatedCodes(String reply) {
        java.util.regex.Matcher opening = OPENING_CODES.matcher(reply);
        if (!opening.lookingAt()) {
            return reply;
        }
        String repeated = " " + opening.group(1) + " " + opening.group(2) + " ";
        String rest = reply.substring(opening.end());
        if (!rest.contains(repeated)) {
            return reply;
        }
        return reply.substring(0, opening.end()) + rest.replace(repeated, " ");
    }

    private static final java.util.regex.Pattern OPENING_CODES =
            java.util.regex.Pattern.compile("([245]\\d\\d)[ -]([245]\\.\\d{1,3}\\.\\d{1,3})");

    private static final java.util.regex.Pattern REPLY_PREFIX =
            java.util.regex.Pattern.compile("^[245]\\d\\d[ -](?:#?[245]\\.\\d{1,3}\\.\\d{1,3}\\s)?");

    public static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    public static boolean isBlank(String line) {
        return line.isBlank();
    }

    /** The number of leading spaces or tabs. */
    public static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
