package io.smtpatlas.data.search;

import io.smtpatlas.core.locale.SiteLocale;

/** Field names of the search index: one document per code, holding every locale's texts. */
final class SearchFields {

    /** The code itself, exact ("550", "5.1.1"). */
    static final String CODE = "code";
    /** How likely a reader means this code when the words fit several (see {@link SearchPrior}). */
    static final String PRIOR = "prior";
    /** The standard wire text, searchable from every locale. */
    static final String WIRE = "wire";

    /** The parts of a code's text, each with its weight in a query. */
    enum Part {
        TITLE(4.0f),
        /** How people ask about the code: questions, symptoms, the errors mail clients show. */
        PHRASINGS(4.5f),
        KEYWORDS(3.0f),
        SUMMARY(2.0f),
        BODY(1.0f);

        final float weight;

        Part(float weight) {
            this.weight = weight;
        }
    }

    private SearchFields() {}

    static String stemmed(Part part, SiteLocale locale) {
        return part.name().toLowerCase() + "_" + locale.tag();
    }

    static String folded(Part part, SiteLocale locale) {
        return "f" + part.name().toLowerCase() + "_" + locale.tag();
    }
}
