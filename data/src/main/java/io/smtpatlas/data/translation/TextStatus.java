package io.smtpatlas.data.translation;

/** Where a text stands in the translation workflow. */
public enum TextStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED
}
