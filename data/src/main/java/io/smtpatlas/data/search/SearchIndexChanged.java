package io.smtpatlas.data.search;

/** Fired after the index took in a change, so that what was derived from the old index can be dropped. */
public record SearchIndexChanged(String code) {
}
