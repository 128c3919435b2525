package io.smtpatlas.core.code;

/** Basic three-digit reply codes (RFC 5321) or enhanced class.subject.detail codes (RFC 3463). */
public enum CodeKind {
    BASIC,
    ENHANCED;

    /** The name used in URLs and the JSON API. */
    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
