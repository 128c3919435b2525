package io.smtpatlas.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** GET /api/v1/compare/{a}/{b}: both codes, how they relate, and the facts that differ or agree. */
@Schema(name = "Comparison", description = "Two codes, how they relate, and which facts differ.")
public record CompareJson(
        @Schema(required = true) CodeJson first,
        @Schema(required = true) CodeJson second,

        @Schema(required = true, description = "How the two codes relate.", examples = "SAME_CONDITION_OTHER_CLASS")
        String relation,

        @Schema(required = true) List<DifferenceJson> differences,

        @Schema(required = true, description = "Commands that can return either code.", examples = "[\"RCPT\"]")
        List<String> commonCommands,

        @Schema(required = true, description = "Codes related to both.", examples = "[\"5.1.1\"]")
        List<String> sharedRelated,

        @Schema(
                required = true,
                description = "The comparison page in this locale.",
                examples = "https://smtp-atlas.example/en/smtp/450-vs-550")
        String url,

        @Schema(required = true, examples = "en") String lang) {

    @Schema(name = "Difference", description = "One aspect of the two codes and whether it differs.")
    public record DifferenceJson(
            @Schema(required = true, examples = "RETRY") String aspect,
            @Schema(required = true, examples = "true") boolean differs) {}
}
