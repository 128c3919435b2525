package io.smtpatlas.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** GET /api/codes/{code}: a code with its facts and its texts in one locale. */
public record CodeJson(String code, String kind, @JsonProperty("class") int classDigit, String replyClass, String subject, String title,
        String summary, String description, String whenYouSeeIt, String howToFix, String keywords,
        List<String> commands, List<RfcJson> rfcs, List<String> related, String wireText, String url, String lang,
        List<String> fallback) {

    /** A defining specification, e.g. {"label": "RFC 5321 §4.2.3", "url": "https://..."}. */
    public record RfcJson(String label, String url) {
    }
}
