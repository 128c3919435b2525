package io.smtpatlas.web.compare;

/** One code in "when to use which": what it means, what the client does next, and its full page. */
public record WhichItem(String code, String summary, String next, String url, String fullPageLabel) {}
