package io.smtpatlas.data.search;

/**
 * Fired after the index took in a change, so that what was derived from the old index can be dropped. {@code code} is
 * null when a rebuilt index replaced the whole previous one.
 */
public record SearchIndexChanged(String code) {}
