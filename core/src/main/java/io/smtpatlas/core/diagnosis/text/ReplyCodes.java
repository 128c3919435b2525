package io.smtpatlas.core.diagnosis.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the codes a server wrote: an enhanced status code (RFC 3463, "5.1.1") and a basic reply code (RFC 5321,
 * "550"). Only codes literally present are returned; none is ever derived from the other.
 */
public final class ReplyCodes {

    /** "5.1.1", "#5.1.1", "(5.7.26)", not part of an IP address or a version number. */
    private static final Pattern ENHANCED = Pattern.compile("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?!\\.?\\d)");
    /** A reply code where a reply starts: at the line start or after a separator, followed by a space or hyphen. */
    private static final Pattern REPLY =
            Pattern.compile("(?<![\\w.\\-/:#@=+%])([245][0-5][0-9])(?=[ \\-]|$|\\)|\\]|,|\"|')");
    /** A reply code followed by an enhanced code: the strongest sign of a server reply. */
    private static final Pattern REPLY_WITH_STATUS = Pattern.compile(
            "(?<![\\w.\\-/:#@=+%])([245][0-5][0-9])[ \\-]{1,2}['\"]?#?\\(?([245]\\.\\d{1,3}\\.\\d{1,3})(?!\\.?\\d)");
    /** A reply code at the start of a line (a transcript or a pasted reply). */
    /**
     * Sendmail's per-address line that quotes the remote server: "554 <bob@example.org>... 550 Host unknown"; the
     * first code is the local verdict, the second what the remote server said.
     */
    private static final Pattern RELAYED_REPLY =
            Pattern.compile("^\\s*[245][0-5][0-9] \\S{1,320}?\\.\\.\\. ([245][0-5][0-9])(?=[ \\-:,]|$)");

    private static final Pattern REPLY_AT_START =
            Pattern.compile("^[\\s<>'\"(\\[]*(?:[A-Za-z-]{1,10};\\s*)?([245][0-5][0-9])(?=[ \\-:,]|$)");
    /** A reply code after words servers and gateways put before it. */
    private static final Pattern REPLY_AFTER_WORD = Pattern.compile(
            "(?i)(?:said|returned|error|reply|response|answered|replied|smtp|code|status|failed|rejected|failure|with"
                    + "|\\])[\\s:;'\"(\\[=]{1,6}([245][0-5][0-9])(?=[ \\-,]|$|\\)|'|\"|\\])");

    private ReplyCodes() {}

    /** A cheap scan first: most lines hold no three-digit number starting with 2, 4 or 5 at all. */
    private static boolean mayHoldReply(String text) {
        int run = 0;
        char first = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (run == 0) {
                    first = c;
                }
                run++;
                if (run == 3 && (first == '2' || first == '4' || first == '5')) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    /** A cheap scan first: an enhanced code needs a digit, a dot and a digit. */
    private static boolean mayHoldEnhanced(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '.'
                    && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The first enhanced status code in the text, or null. */
    public static String enhanced(String text) {
        if (text == null || !mayHoldEnhanced(text)) {
            return null;
        }
        Matcher matcher = ENHANCED.matcher(text);
        while (matcher.find()) {
            int subject = Integer.parseInt(matcher.group(2));
            if (subject <= 7) {
                return matcher.group(1) + "." + matcher.group(2) + "." + matcher.group(3);
            }
        }
        return null;
    }

    /**
     * The first reply code and enhanced code written together whose classes agree ("421 4.4.2", not the "554
     * 4.4.7" a gateway wraps around it), as {reply, status}, or null.
     */
    public static String[] consistentPair(String text) {
        if (text == null || !mayHoldReply(text)) {
            return null;
        }
        Matcher withStatus = REPLY_WITH_STATUS.matcher(text);
        while (withStatus.find()) {
            if (withStatus.group(1).charAt(0) == withStatus.group(2).charAt(0)) {
                return new String[] {withStatus.group(1), withStatus.group(2)};
            }
        }
        return null;
    }

    /** The reply code of the server reply in the text, or null when no code stands where a reply starts. */
    public static String reply(String text) {
        if (text == null || !mayHoldReply(text)) {
            return null;
        }
        String[] pair = consistentPair(text);
        if (pair != null) {
            return pair[0];
        }
        Matcher withStatus = REPLY_WITH_STATUS.matcher(text);
        if (withStatus.find()) {
            return withStatus.group(1);
        }
        Matcher relayed = RELAYED_REPLY.matcher(text);
        if (relayed.find()) {
            return relayed.group(1);
        }
        Matcher atStart = REPLY_AT_START.matcher(text);
        if (atStart.find()) {
            return atStart.group(1);
        }
        Matcher afterWord = REPLY_AFTER_WORD.matcher(text);
        if (afterWord.find()) {
            return afterWord.group(1);
        }
        return null;
    }

    /** The enhanced code that follows a reply code ("550 5.1.1"), or the first anywhere. */
    public static String enhancedNearReply(String text) {
        if (text == null) {
            return null;
        }
        String[] pair = consistentPair(text);
        if (pair != null) {
            return pair[1];
        }
        Matcher withStatus = REPLY_WITH_STATUS.matcher(text);
        if (withStatus.find()) {
            return withStatus.group(2);
        }
        return enhanced(text);
    }

    /** Where a server reply starts in the line (its code), or -1. */
    public static int replyStart(String line) {
        if (!mayHoldReply(line)) {
            return -1;
        }
        Matcher withStatus = REPLY_WITH_STATUS.matcher(line);
        if (withStatus.find()) {
            return withStatus.start(1);
        }
        Matcher atStart = REPLY_AT_START.matcher(line);
        if (atStart.find()) {
            return atStart.start(1);
        }
        Matcher afterWord = REPLY_AFTER_WORD.matcher(line);
        if (afterWord.find()) {
            return afterWord.start(1);
        }
        return -1;
    }

    /** '5', '4' or '2' for a code, or 0. */
    public static char classOf(String code) {
        return code == null || code.isEmpty() ? 0 : code.charAt(0);
    }
}
