package io.smtpatlas.web.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.search.SearchResults;
import io.smtpatlas.data.search.SearchService;
import io.smtpatlas.web.api.ApiDocs;
import io.smtpatlas.web.api.ApiLocale;
import io.smtpatlas.web.error.ApiError;
import io.smtpatlas.web.site.RenderedPages;
import io.smtpatlas.web.site.SiteConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Search as JSON, and completions for a search-as-you-type box. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search", description = ApiDocs.SEARCH_TAG)
public class SearchApi {

    private final SearchService search;
    private final SearchResultsBuilder results;
    private final SiteConfig site;
    private final RenderedPages pages;
    private final ObjectMapper mapper;

    public SearchApi(
            SearchService search,
            SearchResultsBuilder results,
            SiteConfig site,
            RenderedPages pages,
            ObjectMapper mapper) {
        this.pages = pages;
        this.mapper = mapper;
        this.search = search;
        this.results = results;
        this.site = site;
    }

    /** {"query", "lang", "total", "results": [{code, title, snippet, url, score}], "didYouMean"}. */
    @Schema(name = "SearchAnswer", description = "The codes that match a search, best first.")
    public record SearchJson(
            @Schema(required = true, description = "The query as searched (trimmed).", examples = "mailbox full")
            String query,

            @Schema(required = true, examples = "en") String lang,

            @Schema(required = true, description = "How many codes match in all.", examples = "12")
            int total,

            @Schema(required = true) List<ResultJson> results,

            @Schema(
                    required = true,
                    nullable = true,
                    description = "A corrected query when nothing matched.",
                    examples = "mailbox full")
            String didYouMean) {}

    @Schema(name = "SearchResult", description = "A code that matches a search.")
    public record ResultJson(
            @Schema(required = true, examples = "552") String code,

            @Schema(required = true, examples = "Storage allocation exceeded")
            String title,

            @Schema(required = true, description = "Text around the words that matched.")
            String snippet,

            @Schema(required = true, examples = "https://smtp-atlas.example/en/smtp/552")
            String url,

            @Schema(required = true, description = "Relevance; higher is better.", examples = "7.5")
            float score) {}

    /** One suggestion of the search box: the code, its title and class in the reader's language, its page. */
    @Schema(name = "Suggestion", description = "A code suggested for a search box.")
    public record SuggestionJson(
            @Schema(required = true, examples = "550") String code,

            @Schema(required = true, examples = "Mailbox unavailable")
            String title,

            @Schema(
                    required = true,
                    description = "The class's name in the reader's language.",
                    examples = "Permanent failure")
            String className,

            @Schema(required = true, description = "The class digit: 2, 3, 4 or 5.", examples = "5")
            int classDigit,

            @Schema(required = true, description = "The code page, relative to the site.", examples = "/en/smtp/550")
            String path) {}

    @GET
    @Path("search")
    @Operation(
            operationId = "searchCodes",
            summary = "Search codes",
            description = "Free-text search in the texts of every code, in the given locale first, then English. "
                    + "Any text is a valid query: words, codes (\"550 5.1.1\") or a pasted bounce line.")
    @APIResponse(
            responseCode = "200",
            description = "The matching codes.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SearchJson.class)))
    @APIResponse(
            responseCode = "400",
            description = "lang names no locale, limit is out of range, or q is " + "longer than 500 characters.",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response search(
            @Parameter(description = "What to look for; up to 500 characters.", example = "mailbox full")
                    @QueryParam("q")
                    String q,
            @QueryParam("lang") String lang,
            @Parameter(
                            description = "How many results at most, 1 to 50.",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "50",
                                            defaultValue = "10"))
                    @QueryParam("limit")
                    String limit,
            @Context UriInfo uri) {
        SiteLocale locale = ApiLocale.of(lang);
        String query = SearchQuery.check(q);
        int max = SearchQuery.limit(limit, SearchQuery.DEFAULT_LIMIT);
        return pages.json(SearchQuery.cacheKey(uri), () -> serialize(search(query, locale, max)));
    }

    private SearchJson search(String query, SiteLocale locale, int limit) {
        SearchResults found = query.isEmpty() ? SearchResults.empty() : search.search(query, locale, limit);
        List<ResultJson> json =
                results.views(found, locale).stream().map(this::json).toList();
        return new SearchJson(query, locale.tag(), found.total(), json, found.didYouMean());
    }

    @GET
    @Path("suggest")
    @Operation(
            operationId = "suggestCodes",
            summary = "Suggest codes as someone types",
            description = "Completions for a search box: codes whose number, title or keywords start like the "
                    + "last word typed.")
    @APIResponse(
            responseCode = "200",
            description = "The suggested codes.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = SuggestionJson.class)))
    @APIResponse(
            responseCode = "400",
            description = "lang names no locale, limit is out of range, or q is " + "longer than 500 characters.",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<SuggestionJson> suggest(
            @Parameter(description = "The text typed so far.", example = "55") @QueryParam("q") String q,
            @QueryParam("lang") String lang,
            @Parameter(
                            description = "How many suggestions at most, 1 to 50.",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "50",
                                            defaultValue = "8"))
                    @QueryParam("limit")
                    String limit) {
        SiteLocale locale = ApiLocale.of(lang);
        String query = SearchQuery.check(q);
        return search.suggest(query, locale, SearchQuery.limit(limit, 8)).stream()
                .map(hit -> results.view(hit, List.of(), locale))
                .map(view ->
                        new SuggestionJson(view.code(), view.title(), view.className(), view.classDigit(), view.url()))
                .toList();
    }

    private byte[] serialize(SearchJson json) {
        try {
            return mapper.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ResultJson json(SearchResultView view) {
        return new ResultJson(view.code(), view.title(), view.snippetText(), site.baseUrl() + view.url(), view.score());
    }
}
