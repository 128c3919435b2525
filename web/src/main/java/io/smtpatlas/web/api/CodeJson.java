package io.smtpatlas.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** GET /api/v1/codes/{code}: a code with its facts and its texts in one locale. */
@Schema(name = "Code", description = "A code with its facts and its texts in one locale.")
public record CodeJson(
        @Schema(required = true, description = "The code as written on the wire.", examples = "550")
        String code,

        @Schema(
                required = true,
                enumeration = {"basic", "enhanced"},
                examples = "basic")
        String kind,

        @Schema(
                required = true,
                description = "The class digit: 2 success, 3 intermediate, 4 transient, 5 permanent.",
                examples = "5")
        @JsonProperty("class")
        int classDigit,

        @Schema(required = true, description = "The class by name.", examples = "PERMANENT_NEGATIVE")
        String replyClass,

        @Schema(required = true, description = "What the code is about.", examples = "MAIL_SYSTEM")
        String subject,

        @Schema(required = true, examples = "Mailbox unavailable")
        String title,

        @Schema(
                required = true,
                description = "One or two sentences.",
                examples = "The server refused the request for good: the mailbox is unknown or unavailable, or a "
                        + "policy such as spam or relay rules blocked it.")
        String summary,

        @Schema(required = true, description = "What the code means.")
        String description,

        @Schema(required = true, description = "Where and how the code shows up.")
        String whenYouSeeIt,

        @Schema(required = true, description = "What to do about it.")
        String howToFix,

        @Schema(
                required = true,
                description = "Comma-separated words people search with.",
                examples = "mailbox unavailable, user unknown")
        String keywords,

        @Schema(
                required = true,
                description = "SMTP commands that can return the code.",
                examples = "[\"RCPT\", \"MAIL\"]")
        List<String> commands,

        @Schema(required = true, description = "The specifications that define the code.")
        List<RfcJson> rfcs,

        @Schema(required = true, description = "Codes that travel with this one.", examples = "[\"5.1.1\", \"5.7.1\"]")
        List<String> related,

        @Schema(
                required = true,
                description = "The standard text that accompanies the code; never translated. "
                        + "Empty for registry codes without one.",
                examples = "Requested action not taken: mailbox unavailable")
        String wireText,

        @Schema(
                required = true,
                description = "The code's page in this locale.",
                examples = "https://smtp-atlas.example/en/smtp/550")
        String url,

        @Schema(required = true, description = "The locale of the texts.", examples = "en")
        String lang,

        @Schema(
                required = true,
                description = "Text fields shown in English because this locale lacks them.",
                examples = "[]")
        List<String> fallback) {

    /** A defining specification, e.g. {"label": "RFC 5321 §4.2.3", "url": "https://..."}. */
    @Schema(name = "Rfc", description = "A defining specification.")
    public record RfcJson(
            @Schema(required = true, examples = "RFC 5321 §4.2.3")
            String label,

            @Schema(required = true, examples = "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3")
            String url) {}
}
