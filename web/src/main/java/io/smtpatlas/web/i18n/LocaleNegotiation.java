package io.smtpatlas.web.i18n;

import io.smtpatlas.core.locale.SiteLocale;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Picks the site locale that best matches an Accept-Language header; English when nothing matches. */
public final class LocaleNegotiation {

    private static final List<Locale.LanguageRange> NONE = List.of();

    private LocaleNegotiation() {}

    public static SiteLocale choose(String acceptLanguage) {
        List<Locale.LanguageRange> ranges = parse(acceptLanguage);
        List<String> tags =
                Arrays.stream(SiteLocale.values()).map(SiteLocale::tag).toList();
        for (Locale.LanguageRange range : ranges) {
            String language = range.getRange().split("-")[0];
            if (range.getWeight() > 0 && tags.contains(language)) {
                return SiteLocale.fromTag(language);
            }
        }
        return SiteLocale.SOURCE;
    }

    private static List<Locale.LanguageRange> parse(String header) {
        if (header == null || header.isBlank()) {
            return NONE;
        }
        try {
            return Locale.LanguageRange.parse(header.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
            // The JDK parser throws ArrayIndexOutOfBoundsException on "-" and "--": any header it cannot read
            // counts as no preference.
            return NONE;
        }
    }
}
