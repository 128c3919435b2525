package io.smtpatlas.web.search;

import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.search.SearchResults;
import io.smtpatlas.data.search.SearchService;
import io.smtpatlas.web.api.ApiLocale;
import io.smtpatlas.web.site.RenderedPages;
import io.smtpatlas.web.site.SiteConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Search as JSON, and completions for a search-as-you-type box. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class SearchApi {

    private final SearchService search;
    private final SearchResultsBuilder results;
    private final SiteConfig site;
    private final RenderedPages pages;
    private final ObjectMapper mapper;

    public SearchApi(SearchService search, SearchResultsBuilder results, SiteConfig site, RenderedPages pages,
            ObjectMapper mapper) {
        this.pages = pages;
        this.mapper = mapper;
        this.search = search;
        this.results = results;
        this.site = site;
    }

    /** {"query", "lang", "total", "results": [{code, title, snippet, url, score}], "didYouMean"}. */
    public record SearchJson(String query, String lang, int total, List<ResultJson> results, String didYouMean) {
    }

    public record ResultJson(String code, String title, String snippet, String url, float score) {
    }

    /** One suggestion of the search box: the code, its title and class in the reader's language, its page. */
    public record SuggestionJson(String code, String title, String className, int classDigit, String path) {
    }

    @GET
    @Path("search")
    public Response search(@QueryParam("q") String q, @QueryParam("lang") String lang,
            @QueryParam("limit") String limit, @Context UriInfo uri) {
        SiteLocale locale = ApiLocale.of(lang);
        String query = SearchQuery.check(q);
        int max = SearchQuery.limit(limit, SearchQuery.DEFAULT_LIMIT);
        return pages.json(SearchQuery.cacheKey(uri), () -> serialize(search(query, locale, max)));
    }

    private SearchJson search(String query, SiteLocale locale, int limit) {
        SearchResults found = query.isEmpty() ? SearchResults.empty()
                : search.search(query, locale, limit);
        List<ResultJson> json = results.views(found, locale).stream().map(this::json).toList();
        return new SearchJson(query, locale.tag(), found.total(), json, found.didYouMean());
    }

    @GET
    @Path("suggest")
    public List<SuggestionJson> suggest(@QueryParam("q") String q, @QueryParam("lang") String lang,
            @QueryParam("limit") String limit) {
        SiteLocale locale = ApiLocale.of(lang);
        String query = SearchQuery.check(q);
        return search.suggest(query, locale, SearchQuery.limit(limit, 8)).stream()
                .map(hit -> results.view(hit, List.of(), locale))
                .map(view -> new SuggestionJson(view.code(), view.title(), view.className(), view.classDigit(),
                        view.url()))
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
        return new ResultJson(view.code(), view.title(), view.snippetText(), site.baseUrl() + view.url(),
                view.score());
    }
}
