package io.smtpatlas.web.explain;

/**
 * What a recognised mail provider means by its bounces and how to fix them: content from the database, edited in
 * the admin area like code texts. {@code lang} is the language the text is actually written in.
 */
public record ProviderNote(String id, String name, String meaning, String fix, String lang) {}
