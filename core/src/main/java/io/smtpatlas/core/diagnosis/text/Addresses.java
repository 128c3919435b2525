package io.smtpatlas.core.diagnosis.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds mail addresses in short texts (callers pass lines already capped by {@link Lines}). */
public final class Addresses {

    /** Bounded local part and domain: linear to scan, and long enough for any real address. */
    public static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\\-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,62}\\.){1,8}[A-Za-z]{2,24}"
                    + "|[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\\-]{1,64}@\\[[0-9.]{7,15}\\]"
                    + "|[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\\-]{1,64}@[A-Za-z0-9\\-]{1,63}(?=[>\\s:,;)]|$)");

    private Addresses() {}

    public static Optional<String> first(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = ADDRESS.matcher(text);
        while (matcher.find()) {
            String address = clean(matcher.group());
            if (address.indexOf('@') > 0) {
                return Optional.of(address);
            }
        }
        return Optional.empty();
    }

    /** Trims the dots and quotes a sentence leaves around an address. */
    public static String clean(String address) {
        String cleaned = address;
        while (cleaned.startsWith(".") || cleaned.startsWith("'") || cleaned.startsWith("=")) {
            cleaned = cleaned.substring(1);
        }
        while (cleaned.endsWith(".") || cleaned.endsWith("'")) {
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
        return local.equals("mailer-daemon") || local.equals("postmaster") || local.equals("mail-daemon")
                || local.equals("mailerdaemon") || local.startsWith("bounce") || local.equals("nobody")
                || local.equals("noreply") || local.equals("no-reply") || local.equals("root");
    }
}
