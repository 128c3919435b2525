package io.smtpatlas.web.explain;

/** A code as the bounce wrote it, with the address of its page when the catalog knows it (else {@code url} is null). */
public record CodeRef(String code, String url) {}
