package io.smtpatlas.data.translation;

/** The texts of a code changed; observers refresh what they derived from them (caches, search index). */
public record ContentChanged(String code) {
}
