package io.smtpatlas.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * GET /api/v1/dataset.json: every code with its facts and its texts in every locale, as one file. The checked-in
 * JSON Schema {@code /schemas/dataset-v1.schema.json} describes it.
 */
@Schema(name = "Dataset", description = "Every code with its facts and its texts in every locale.")
public record DatasetJson(
        @Schema(
                required = true,
                description = "The JSON Schema of this file.",
                examples = "https://smtp-atlas.example/schemas/dataset-v1.schema.json")
        @JsonProperty("$schema")
        String schema,

        @Schema(required = true, examples = "SMTP Atlas") String name,

        @Schema(required = true, description = "Terms of reuse.")
        LicenseJson license,

        @Schema(required = true, description = "Where the data comes from.", examples = "https://smtp-atlas.example")
        String source,

        @Schema(
                required = true,
                nullable = true,
                description = "When a text last changed (ISO 8601).",
                examples = "2026-12-01T10:15:30Z")
        String updatedAt,

        @Schema(
                required = true,
                description = "The locales every code has texts in.",
                examples = "[\"en\", \"fr\", \"vi\", \"de\", \"es\", \"pt\", \"ja\", \"zh\"]")
        List<String> locales,

        @Schema(required = true) List<CodeEntry> codes) {

    @Schema(name = "License", description = "Terms of reuse of the dataset.")
    public record LicenseJson(
            @Schema(required = true, examples = "CC BY 4.0") String name,

            @Schema(required = true, examples = "https://creativecommons.org/licenses/by/4.0/")
            String url,

            @Schema(required = true, description = "What reusers are asked to do.")
            String notice) {}

    @Schema(name = "DatasetCode", description = "One code: facts once, texts per locale.")
    public record CodeEntry(
            @Schema(required = true, examples = "550") String code,

            @Schema(
                    required = true,
                    enumeration = {"basic", "enhanced"},
                    examples = "basic")
            String kind,

            @Schema(required = true, examples = "5") @JsonProperty("class")
            int classDigit,

            @Schema(required = true, examples = "PERMANENT_NEGATIVE")
            String replyClass,

            @Schema(required = true, examples = "MAIL_SYSTEM")
            String subject,

            @Schema(required = true, examples = "Requested action not taken: mailbox unavailable")
            String wireText,

            @Schema(required = true, examples = "[\"RCPT\"]")
            List<String> commands,

            @Schema(required = true) List<CodeJson.RfcJson> rfcs,

            @Schema(required = true, examples = "[\"5.1.1\"]")
            List<String> related,

            @Schema(required = true, description = "The texts, by locale tag.")
            Map<String, Texts> texts) {}

    @Schema(name = "DatasetTexts", description = "A code's texts in one locale.")
    public record Texts(
            @Schema(required = true) String title,
            @Schema(required = true) String summary,
            @Schema(required = true) String description,
            @Schema(required = true) String whenYouSeeIt,
            @Schema(required = true) String howToFix,
            @Schema(required = true) String keywords,

            @Schema(required = true, examples = "https://smtp-atlas.example/fr/smtp/550")
            String url,

            @Schema(
                    required = true,
                    description = "Fields shown in English because this locale lacks them.",
                    examples = "[]")
            List<String> fallback) {}
}
