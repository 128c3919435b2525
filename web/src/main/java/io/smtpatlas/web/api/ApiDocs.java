package io.smtpatlas.web.api;

/** Descriptions that several operations of the OpenAPI document share. */
public final class ApiDocs {

    public static final String CODES_TAG = "Reply codes and enhanced status codes: facts and texts.";
    public static final String SEARCH_TAG = "Free-text search and suggestions, as on the site.";
    public static final String CODE = "A basic reply code (550) or an enhanced status code (5.1.1).";
    public static final String BAD_LANG = "lang names no locale of the site.";
    public static final String UNKNOWN_CODE = "No such code: not shaped like one, or not in the catalog.";

    private ApiDocs() {}
}
