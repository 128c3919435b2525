package io.smtpatlas.web.explain;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The API's diagnosis: facts as the bounce wrote them, texts in the requested language, links absolute (null when
 * the catalog does not know the code).
 */
@Schema(name = "Explanation", description = "What a bounce says, per recipient.")
public record ExplainJson(
        @Schema(required = true, examples = "en") String lang,

        @Schema(
                required = true,
                description = "What the text was read as; \"unrecognized\" when nothing in it " + "reads as a bounce.")
        String kind,

        @Schema(required = true) List<Recipient> recipients) {

    /** One recipient; {@code reason} is the bounce-processing vocabulary's name, {@code retry} its verdict. */
    @Schema(name = "ExplainedRecipient", description = "One recipient of the bounce and what happened to it.")
    public record Recipient(
            @Schema(nullable = true, examples = "jane@example.com")
            String recipient,

            @Schema(nullable = true, description = "The enhanced status code as sent.", examples = "5.1.1")
            String status,

            @Schema(nullable = true, description = "The reply code as sent.", examples = "550")
            String replyCode,

            @Schema(nullable = true, examples = "userunknown")
            String reason,

            @Schema(nullable = true, examples = "permanent") String retry,

            @Schema(nullable = true, examples = "mx.example.com")
            String remoteMta,

            @Schema(nullable = true, examples = "RCPT") String command,

            @Schema(nullable = true, description = "The server's text as sent.")
            String diagnostic,

            @Schema(nullable = true, examples = "google") String provider,
            @Schema(nullable = true) String title,
            @Schema(nullable = true) String summary,
            @Schema(nullable = true) List<String> whatToDo,
            @Schema(nullable = true) Links links) {}

    @Schema(name = "ExplainLinks", description = "Pages of the codes in the bounce; null when the catalog lacks one.")
    public record Links(
            @Schema(nullable = true, examples = "https://smtp-atlas.example/en/smtp/5.1.1")
            String status,

            @Schema(nullable = true, examples = "https://smtp-atlas.example/en/smtp/550")
            String replyCode,

            @Schema(nullable = true, examples = "https://smtp-atlas.example/en/smtp/550-vs-5.1.1")
            String compare) {}
}
