package io.smtpatlas.web.api;

import io.smtpatlas.web.site.RenderedPages;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dataset download: built once, kept until the next edit, like the pages (see {@link Dataset}). */
@Path("/api")
@Tag(name = "dataset", description = "The whole catalog as one file, for tools that work offline.")
public class DatasetApi {

    static final String JSON_PATH = "/api/dataset.json";
    static final String CSV_PATH = "/api/dataset.csv";
    static final String CSV_TYPE = "text/csv;charset=UTF-8";

    private final Dataset dataset;
    private final RenderedPages pages;

    public DatasetApi(Dataset dataset, RenderedPages pages) {
        this.dataset = dataset;
        this.pages = pages;
    }

    @GET
    @Path("dataset.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getDatasetJson",
            summary = "Download the dataset as JSON",
            description = "Every code with its facts and its texts in all eight locales, with the licence. Its "
                    + "JSON Schema is at /schemas/dataset-v1.schema.json. A few megabytes; it changes when a text "
                    + "is edited (see updatedAt).")
    @APIResponse(
            responseCode = "200",
            description = "The dataset.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DatasetJson.class)))
    public Response json() {
        return pages.json(JSON_PATH, dataset::json);
    }

    @GET
    @Path("dataset.csv")
    @Produces("text/csv")
    @Operation(
            operationId = "getDatasetCsv",
            summary = "Download the dataset as CSV",
            description = "The dataset as RFC 4180 CSV, one row per code and locale, after a first line that "
                    + "starts with \"#\" and gives the licence. Lists are joined with spaces (commands, related, "
                    + "fallback) or \"; \" (rfcs).")
    @APIResponse(
            responseCode = "200",
            description = "The dataset.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response csv() {
        return pages.bytes(CSV_PATH, CSV_TYPE, dataset::csv);
    }
}
