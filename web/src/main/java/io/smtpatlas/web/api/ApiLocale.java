package io.smtpatlas.web.api;

import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.core.locale.UnknownLocaleException;
import jakarta.ws.rs.BadRequestException;

/** The ?lang= parameter of the API: English when absent, 400 when it names no site locale. */
public final class ApiLocale {

    private ApiLocale() {}

    public static SiteLocale of(String lang) {
        if (lang == null || lang.isBlank()) {
            return SiteLocale.SOURCE;
        }
        try {
            return SiteLocale.fromTag(lang);
        } catch (UnknownLocaleException e) {
            throw new BadRequestException("Unknown lang '" + lang + "'; use one of en, fr, vi, de, es, pt, ja, zh");
        }
    }
}
