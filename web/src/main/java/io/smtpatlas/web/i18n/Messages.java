package io.smtpatlas.web.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smtpatlas.core.locale.SiteLocale;

/** The message bundle in a given locale, for text composed in Java (page titles, comparison sentences). */
public final class Messages {

    private Messages() {
    }

    /** The bundle of the locale; the English one while a locale has no bundle file yet. */
    public static AppMessages of(SiteLocale locale) {
        try {
            return MessageBundles.get(AppMessages.class, Localized.Literal.of(locale.tag()));
        } catch (IllegalStateException noBundleForLocale) {
            return MessageBundles.get(AppMessages.class);
        }
    }
}
