package io.smtpatlas.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of GET /api/v1/codes. */
@Schema(name = "CodeSummary", description = "A code with its title and summary in one locale.")
public record CodeSummaryJson(
        @Schema(required = true, examples = "550") String code,

        @Schema(
                required = true,
                enumeration = {"basic", "enhanced"},
                examples = "basic")
        String kind,

        @Schema(required = true, examples = "Mailbox unavailable")
        String title,

        @Schema(
                required = true,
                examples = "The server refused the request for good: the mailbox is unknown or "
                        + "unavailable, or a policy such as spam or relay rules blocked it.")
        String summary,

        @Schema(
                required = true,
                description = "The code's page in this locale.",
                examples = "https://smtp-atlas.example/en/smtp/550")
        String url) {}
