package io.smtpatlas.web.api;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.web.error.ApiError;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalog as JSON: a stable API for tools that look codes up. Also at /api/v1/codes (see ApiVersions). */
@Path("/api/codes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "codes", description = ApiDocs.CODES_TAG)
public class CodeApi {

    private final Catalog catalog;
    private final CodeJsons json;

    public CodeApi(Catalog catalog, CodeJsons json) {
        this.catalog = catalog;
        this.json = json;
    }

    @GET
    @Operation(
            operationId = "listCodes",
            summary = "List every code",
            description = "Every basic reply code and enhanced status code with its title and summary, basic codes "
                    + "first, in canonical order.")
    @APIResponse(
            responseCode = "200",
            description = "All codes.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = CodeSummaryJson.class)))
    @APIResponse(
            responseCode = "400",
            description = ApiDocs.BAD_LANG,
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<CodeSummaryJson> list(@QueryParam("lang") String lang) {
        SiteLocale locale = ApiLocale.of(lang);
        return catalog.all().stream().map(code -> json.summary(code, locale)).toList();
    }

    @GET
    @Path("{code}")
    @Operation(
            operationId = "getCode",
            summary = "Look a code up",
            description = "A code's facts (class, subject, commands, RFCs, related codes, wire text) and its texts "
                    + "in one locale.")
    @APIResponse(
            responseCode = "200",
            description = "The code.",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodeJson.class)))
    @APIResponse(
            responseCode = "400",
            description = ApiDocs.BAD_LANG,
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "404",
            description = ApiDocs.UNKNOWN_CODE,
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public CodeJson get(
            @Parameter(description = ApiDocs.CODE, example = "550") @PathParam("code") String id,
            @QueryParam("lang") String lang) {
        SiteLocale locale = ApiLocale.of(lang);
        return json.code(catalog.require(id), locale);
    }
}
