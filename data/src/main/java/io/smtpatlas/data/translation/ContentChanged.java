package io.smtpatlas.data.translation;

/** What readers see of a code changed (a text was approved); observers refresh caches and the search index. */
public record ContentChanged(String code) {}
