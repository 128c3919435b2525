package io.smtpatlas.web.site;

import io.smtpatlas.core.locale.SiteLocale;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * What the layout puts in a page's head and language switcher: title, description, canonical URL, OpenGraph tags
 * and the same page in every locale.
 */
public record PageMeta(
        SiteLocale locale,
        String title,
        String description,
        String canonicalUrl,
        List<Alternate> alternates,
        boolean indexable) {

    /** The same page in another locale; {@code hreflang} is "x-default" for the fallback entry. */
    public record Alternate(String hreflang, String nativeName, String path, String url, boolean current) {}

    /** A page that exists in every locale at the path {@code pathIn} gives for it. */
    public static PageMeta of(
            SiteLocale locale, String title, String description, String baseUrl, Function<SiteLocale, String> pathIn) {
        List<Alternate> alternates = Arrays.stream(SiteLocale.values())
                .map(other -> new Alternate(
                        other.tag(),
                        other.nativeName(),
                        pathIn.apply(other),
                        baseUrl + pathIn.apply(other),
                        other == locale))
                .toList();
        return new PageMeta(locale, title, description, baseUrl + pathIn.apply(locale), alternates, true);
    }

    /**
     * A page kept out of search engines (search results, errors) that still exists in every locale at the path
     * {@code pathIn} gives, so that the language switcher keeps the reader's query or address.
     */
    public static PageMeta notIndexed(
            SiteLocale locale, String title, String description, String baseUrl, Function<SiteLocale, String> pathIn) {
        PageMeta indexed = of(locale, title, description, baseUrl, pathIn);
        return new PageMeta(locale, title, description, indexed.canonicalUrl(), indexed.alternates(), false);
    }

    /** The reader's language in its own name, for the compact switcher. */
    public String currentLanguageName() {
        return locale.nativeName();
    }

    /** An error page: no alternates, kept out of search engines. */
    public static PageMeta notIndexed(
            SiteLocale locale, String title, String description, String baseUrl, String path) {
        return new PageMeta(locale, title, description, baseUrl + path, List.of(), false);
    }

    public String lang() {
        return locale.tag();
    }

    /** Where x-default points: the English page, the language the site is written in first. */
    public String defaultUrl() {
        return alternates.stream()
                .filter(a -> a.hreflang().equals(SiteLocale.SOURCE.tag()))
                .findFirst()
                .map(Alternate::url)
                .orElse(canonicalUrl);
    }
}
