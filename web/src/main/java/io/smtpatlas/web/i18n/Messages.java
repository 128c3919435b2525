package io.smtpatlas.web.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smtpatlas.core.locale.SiteLocale;

/** The message bundle in a given locale, for text composed in Java (page titles, comparison sentences). */
public final class Messages {

    private Messages() {}

    public static AppMessages of(SiteLocale locale) {
        return MessageBundles.get(AppMessages.class, Localized.Literal.of(locale.tag()));
    }
}
