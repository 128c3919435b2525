package io.smtpatlas.core.locale;

/** A path prefix that is not one of the site's locales. */
public class UnknownLocaleException extends IllegalArgumentException {

    public UnknownLocaleException(String tag) {
        super("Unknown locale: " + tag);
    }
}
