package io.smtpatlas.web.site;

import io.smtpatlas.core.locale.SiteLocale;

/** What the layout puts in a page's head: title, description, canonical URL and OpenGraph tags. */
public record PageMeta(SiteLocale locale, String title, String description, String canonicalUrl, String ogType) {

    public static PageMeta of(SiteLocale locale, String title, String description, String baseUrl, String path) {
        return new PageMeta(locale, title, description, baseUrl + path, "article");
    }

    public String lang() {
        return locale.tag();
    }
}
