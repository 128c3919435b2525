package io.smtpatlas.data.translation;

import io.smtpatlas.core.locale.SiteLocale;

/** How far the texts of one locale are: each number counts fields (code × field). */
public record LocaleProgress(SiteLocale locale, int missing, int draft, int inReview, int approved, int outdated) {
}
