package io.smtpatlas.data.search;

/** A code that matches a search, with its relevance score. */
public record SearchHit(String code, float score) {}
