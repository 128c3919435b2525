package io.smtpatlas.web.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.search.SearchResults;
import io.smtpatlas.data.search.SearchService;
import io.smtpatlas.web.code.CodeLink;
import io.smtpatlas.web.code.CodeLinks;
import io.smtpatlas.web.explain.DiagnosisView;
import io.smtpatlas.web.explain.SearchDiagnosis;
import io.smtpatlas.web.i18n.AppMessages;
import io.smtpatlas.web.i18n.Messages;
import io.smtpatlas.web.site.PageMeta;
import io.smtpatlas.web.site.RenderedPages;
import io.smtpatlas.web.site.SiteConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * /{lang}/search?q=…: results rendered on the server, with highlighted snippets; works without JavaScript. A query
 * that is exactly a code (or two) goes to that page (or their comparison) with 303.
 */
@Path("/{lang}/search")
public class SearchPage {

    /** Codes people look up most, offered when a search finds nothing. */
    static final List<String> POPULAR = List.of("550", "5.1.1", "421", "554", "535", "530", "5.7.1", "452");

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(PageMeta meta, SearchView view, DiagnosisView diagnosis);
    }

    private final SearchService search;
    private final SearchResultsBuilder results;
    private final CodeLinks links;
    private final Catalog catalog;
    private final SiteConfig site;
    private final RenderedPages pages;
    private final SearchDiagnosis diagnoses;

    public SearchPage(
            SearchService search,
            SearchResultsBuilder results,
            CodeLinks links,
            Catalog catalog,
            SiteConfig site,
            RenderedPages pages,
            SearchDiagnosis diagnoses) {
        this.pages = pages;
        this.diagnoses = diagnoses;
        this.search = search;
        this.results = results;
        this.links = links;
        this.catalog = catalog;
        this.site = site;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response results(
            @PathParam("lang") String lang,
            @QueryParam("q") String q,
            @QueryParam("page") String page,
            @Context UriInfo uri) {
        SiteLocale locale = SiteLocale.fromTag(lang);
        String query = SearchQuery.check(q);
        int pageNumber = SearchQuery.page(page);
        Optional<CodeQuery> codes = CodeQuery.of(query, catalog);
        Optional<String> target = codes.flatMap(codeQuery -> codeQuery.page(locale));
        if (target.isPresent()) {
            return Response.seeOther(URI.create(target.get())).build();
        }
        return pages.html(SearchQuery.cacheKey(uri), () -> render(locale, query, pageNumber, codes));
    }

    private String render(SiteLocale locale, String query, int page, Optional<CodeQuery> codes) {
        AppMessages msg = Messages.of(locale);
        int offset = (page - 1) * PAGE_SIZE;
        SearchResults found = query.isEmpty() ? SearchResults.empty() : search.search(query, locale, offset, PAGE_SIZE);
        List<String> unknown = codes.map(CodeQuery::unknown).orElse(List.of());
        Set<SmtpCode> close = new LinkedHashSet<>();
        unknown.forEach(code -> close.addAll(catalog.closestTo(code, 5)));
        List<CodeLink> popular = found.hits().isEmpty() && unknown.isEmpty()
                ? links.toCodes(locale, POPULAR.stream().map(catalog::require).toList())
                : List.of();
        // A pasted bounce gets its diagnosis above the results, and no "did you mean" for its words.
        DiagnosisView diagnosis = diagnoses.of(query, locale);
        String didYouMean = diagnosis == null ? found.didYouMean() : null;
        String didYouMeanUrl = didYouMean == null ? null : url(locale, didYouMean, 1);
        int shown = found.hits().size();
        String countLine = query.isEmpty() || shown == 0
                ? ""
                : page > 1
                        ? msg.search_results_count_range(offset + 1, offset + shown, found.total(), query)
                        : shown < found.total()
                                ? msg.search_results_count_top(shown, found.total(), query)
                                : msg.search_results_count_all(found.total(), query);
        String previous = page > 1 && shown > 0 ? url(locale, query, page - 1) : null;
        String next = offset + shown < found.total() ? url(locale, query, page + 1) : null;
        SearchView view = new SearchView(
                query,
                results.views(found, locale),
                found.total(),
                didYouMean,
                didYouMeanUrl,
                popular,
                countLine,
                previous,
                next,
                unknown,
                links.toCodes(locale, List.copyOf(close)),
                offset + 1);
        String title = query.isEmpty() ? msg.search_results_title_empty() : msg.search_results_title(query);
        PageMeta meta = PageMeta.notIndexed(
                locale,
                title,
                msg.search_results_description(),
                site.baseUrl(),
                in -> "/" + in.tag() + "/search"
                        + (query.isEmpty() ? "" : "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        return Templates.results(meta, view, diagnosis)
                .setLocale(locale.toLocale())
                .render();
    }

    private static String url(SiteLocale locale, String query, int page) {
        return "/" + locale.tag() + "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (page > 1 ? "&page=" + page : "");
    }
}
