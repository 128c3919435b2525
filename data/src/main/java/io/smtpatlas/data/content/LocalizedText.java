package io.smtpatlas.data.content;

import io.smtpatlas.core.locale.SiteLocale;

/** A text as shown on a page, with the locale it is actually written in (English when it fell back). */
public record LocalizedText(String text, SiteLocale language) {}
