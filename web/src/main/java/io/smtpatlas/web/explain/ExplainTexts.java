package io.smtpatlas.web.explain;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smtpatlas.core.locale.SiteLocale;

/** The explainer's message bundle in a given locale, for text composed in Java. */
public final class ExplainTexts {

    private ExplainTexts() {}

    public static ExplainMessages of(SiteLocale locale) {
        return MessageBundles.get(ExplainMessages.class, Localized.Literal.of(locale.tag()));
    }
}
