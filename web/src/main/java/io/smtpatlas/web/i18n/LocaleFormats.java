package io.smtpatlas.web.i18n;

import io.smtpatlas.core.locale.SiteLocale;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates as each language writes them: "24 November 2026", "24 novembre 2026", "2026年11月24日". */
public final class LocaleFormats {

    private LocaleFormats() {}

    public static String date(Instant instant, SiteLocale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale.toLocale())
                .withZone(ZoneOffset.UTC)
                .format(instant);
    }
}
