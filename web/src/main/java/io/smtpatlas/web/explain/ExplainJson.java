package io.smtpatlas.web.explain;

import java.util.List;

/**
 * The API's diagnosis: facts as the bounce wrote them, texts in the requested language, links absolute (null when
 * the catalog does not know the code).
 */
public record ExplainJson(String lang, String kind, List<Recipient> recipients) {

    /** One recipient; {@code reason} is the bounce-processing vocabulary's name, {@code retry} its verdict. */
    public record Recipient(String recipient, String status, String replyCode, String reason, String retry,
            String remoteMta, String command, String diagnostic, String provider, String title, String summary,
            List<String> whatToDo, Links links) {
    }

    public record Links(String status, String replyCode, String compare) {
    }
}
