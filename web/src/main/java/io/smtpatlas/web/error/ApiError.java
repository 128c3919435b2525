package io.smtpatlas.web.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON body of every API error. */
@Schema(name = "Error", description = "Why a request failed.")
public record ApiError(
        @Schema(required = true, description = "The HTTP status, repeated.", examples = "404")
        int status,

        @Schema(required = true, description = "The status's reason phrase.", examples = "Not Found")
        String error,

        @Schema(required = true, description = "What was wrong with the request.", examples = "Unknown SMTP code: 599")
        String message) {}
