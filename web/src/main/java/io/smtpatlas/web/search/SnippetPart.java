package io.smtpatlas.web.search;

/** A piece of a search snippet; {@code hit} pieces match the query and are highlighted. Printed escaped. */
public record SnippetPart(String text, boolean hit) {}
