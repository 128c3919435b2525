package io.smtpatlas.web.api;

/** One entry of GET /api/codes. */
public record CodeSummaryJson(String code, String kind, String title, String summary, String url) {
}
