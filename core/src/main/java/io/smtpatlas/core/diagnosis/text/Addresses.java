package io.smtpatlas.core.diagnosis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds mail addresses in text by expanding around each "@" (linear in the text, whatever it holds: a regular
 * expression tried at every position of a long run of address characters is not).
 */
public final class Addresses {

    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 255;
    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~.-";

    private Addresses() {}

    public static Optional<String> first(String text) {
        List<String> found = find(text, 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every address in the text, in order (at most a few hundred). */
    public static List<String> all(String text) {
        return find(text, 500);
    }

    private static List<String> find(String text, int max) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        int from = 0;
        int lastEnd = 0;
        while (found.size() < max) {
            int at = text.indexOf('@', from);
            if (at < 0) {
                break;
            }
            from = at + 1;
            int start = at;
            while (start > lastEnd && at - start < MAX_LOCAL && isLocalChar(text.charAt(start - 1))) {
                start--;
            }
            int end = domainEnd(text, at + 1);
            String address = clean(text.substring(start, end));
            int sign = address.indexOf('@');
            if (sign > 0 && sign < address.length() - 1 && isDomain(address.substring(sign + 1))) {
                found.add(address);
                lastEnd = end;
                from = end;
            }
        }
        return found;
    }

    private static int domainEnd(String text, int begin) {
        if (begin < text.length() && text.charAt(begin) == '[') {
            int close = text.indexOf(']', begin);
            return close > begin && close - begin <= 48 ? close + 1 : begin;
        }
        int end = begin;
        while (end < text.length() && end - begin < MAX_DOMAIN && isDomainChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isDomain(String domain) {
        if (domain.startsWith("[")) {
            return domain.endsWith("]");
        }
        if (domain.isEmpty() || domain.startsWith(".") || domain.startsWith("-") || domain.contains("..")) {
            return false;
        }
        return true;
    }

    private static boolean isLocalChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || LOCAL_SPECIALS.indexOf(c) >= 0);
    }

    private static boolean isDomainChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_');
    }

    /** Trims the dots and quotes a sentence leaves around an address. */
    public static String clean(String address) {
        String cleaned = address;
        while (!cleaned.isEmpty()
                && (cleaned.charAt(0) == '.' || cleaned.charAt(0) == '\'' || cleaned.charAt(0) == '=')) {
            cleaned = cleaned.substring(1);
        }
        while (!cleaned.isEmpty() && (cleaned.endsWith(".") || cleaned.endsWith("'") || cleaned.endsWith("-"))) {
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        }
        return cleaned;
    }

    public static String key(String address) {
        return address == null ? "" : address.toLowerCase(Locale.ROOT);
    }

    /** Mailer daemons and postmasters write bounces; they are not what bounced. */
    public static boolean isDaemon(String address) {
        String local = address.substring(0, Math.max(0, address.indexOf('@'))).toLowerCase(Locale.ROOT);
        return local.equals("mailer-daemon")
                || local.equals("postmaster")
                || local.equals("mail-daemon")
                || local.equals("mailerdaemon")
                || local.startsWith("bounce")
                || local.equals("nobody")
                || local.equals("noreply")
                || local.equals("no-reply")
                || local.equals("root");
    }
}
