package io.smtpatlas.core.diagnosis.read;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The remote server named in a bounce text: "mx.example.com[192.0.2.1]", "while talking to mx.example.com.".
 * Finds the bracketed address or the keyword first, then reads the host name token next to it, so the cost stays
 * linear in the text.
 */
final class RemoteHosts {

    private static final int MAX_SCAN = 8_000;
    private static final Pattern BRACKETED_ADDRESS = Pattern.compile(
            "[\\[(](?:IPv6:)?(?:\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9a-fA-F]{0,4}:[0-9a-fA-F:.]{2,40})[\\])]");
    private static final Pattern KEYWORD = Pattern.compile(
            "(?i)(?:talking to|remote host|remote server|mail server|\\bby|\\bhost|\\bserver|\\bmx)\\s{1,3}\\[?");
    private static final Pattern HOST = Pattern.compile("(?i)[a-z0-9](?:[a-z0-9-]*\\.)+[a-z]{2,24}");

    private RemoteHosts() {}

    static String find(String text) {
        if (text == null) {
            return null;
        }
        String scanned = text.length() > MAX_SCAN ? text.substring(0, MAX_SCAN) : text;
        Matcher address = BRACKETED_ADDRESS.matcher(scanned);
        while (address.find()) {
            String host = tokenBefore(scanned, address.start());
            if (host != null) {
                return host;
            }
        }
        Matcher keyword = KEYWORD.matcher(scanned);
        while (keyword.find()) {
            String host = tokenAfter(scanned, keyword.end());
            if (host != null) {
                return host;
            }
        }
        return null;
    }

    private static String tokenBefore(String text, int end) {
        int stop = end;
        while (stop > 0 && (text.charAt(stop - 1) == ' ' || text.charAt(stop - 1) == '.')) {
            stop--;
        }
        int start = stop;
        while (start > 0 && stop - start < 255 && isHostChar(text.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && text.charAt(start - 1) == '@') {
            return null;
        }
        return host(text.substring(start, stop));
    }

    private static String tokenAfter(String text, int start) {
        int end = start;
        while (end < text.length() && end - start < 255 && isHostChar(text.charAt(end))) {
            end++;
        }
        if (end < text.length() && text.charAt(end) == '@') {
            return null;
        }
        String host = host(text.substring(start, end));
        return host != null && host.toLowerCase(Locale.ROOT).matches(".*\\.[a-z]{2,24}") ? host : null;
    }

    private static String host(String token) {
        String host = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
        return host.indexOf('.') > 0 && HOST.matcher(host).matches() ? host : null;
    }

    private static boolean isHostChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-');
    }
}
