package io.smtpatlas.web.api;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.compare.CodePair;
import io.smtpatlas.core.compare.Comparison;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.web.error.ApiError;
import io.smtpatlas.web.site.Paths;
import io.smtpatlas.web.site.SiteConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Comparisons as JSON; like the pages, one canonical URL per pair. Also at /api/v1/compare (see ApiVersions). */
@Path("/api/compare/{a}/{b}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "codes", description = ApiDocs.CODES_TAG)
public class CompareApi {

    private final Catalog catalog;
    private final CodeJsons json;
    private final SiteConfig site;

    public CompareApi(Catalog catalog, CodeJsons json, SiteConfig site) {
        this.catalog = catalog;
        this.json = json;
        this.site = site;
    }

    @GET
    @Operation(
            operationId = "compareCodes",
            summary = "Compare two codes",
            description = "Both codes, how they relate and which facts differ. Each pair has one canonical order "
                    + "(basic before enhanced, then ascending); the other order, and a code compared with itself, "
                    + "answer 301 to the canonical URL.")
    @APIResponse(
            responseCode = "200",
            description = "The comparison.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CompareJson.class)))
    @APIResponse(
            responseCode = "301",
            description = "The pair in canonical order, or the code itself, is " + "elsewhere.",
            headers =
                    @Header(
                            name = "Location",
                            description = "Where the answer is.",
                            schema = @Schema(implementation = String.class)))
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
    public Response compare(
            @Parameter(description = ApiDocs.CODE, example = "450") @PathParam("a") String a,
            @Parameter(description = ApiDocs.CODE, example = "550") @PathParam("b") String b,
            @QueryParam("lang") String lang) {
        SiteLocale locale = ApiLocale.of(lang);
        SmtpCode first = catalog.require(a);
        SmtpCode second = catalog.require(b);
        String query = lang == null ? "" : "?lang=" + locale.tag();
        if (first.equals(second)) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create(ApiVersions.CURRENT + "/codes/" + first.id() + query))
                    .build();
        }
        CodePair pair = CodePair.of(first, second);
        if (!pair.isWrittenAs(a, b)) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create(ApiVersions.CURRENT + "/compare/"
                            + pair.first().id() + "/" + pair.second().id() + query))
                    .build();
        }
        Comparison comparison = Comparison.of(pair, catalog);
        return Response.ok(new CompareJson(
                        json.code(first, locale),
                        json.code(second, locale),
                        comparison.relation().name(),
                        comparison.differences().stream()
                                .map(d -> new CompareJson.DifferenceJson(
                                        d.aspect().name(), d.differs()))
                                .toList(),
                        comparison.commonCommands().stream()
                                .sorted()
                                .map(Enum::name)
                                .toList(),
                        comparison.sharedAssociated().stream().map(SmtpCode::id).toList(),
                        site.baseUrl() + Paths.compare(locale, pair),
                        locale.tag()))
                .build();
    }
}
