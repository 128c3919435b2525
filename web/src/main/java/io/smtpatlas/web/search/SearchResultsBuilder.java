package io.smtpatlas.web.search;

import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.content.CodeContent;
import io.smtpatlas.data.content.CodeContentService;
import io.smtpatlas.data.search.SearchHit;
import io.smtpatlas.data.search.SearchResults;
import io.smtpatlas.web.site.Paths;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Dresses search hits with their title, highlighted snippet and link in the reader's locale. */
@ApplicationScoped
public class SearchResultsBuilder {

    private final CodeContentService content;

    public SearchResultsBuilder(CodeContentService content) {
        this.content = content;
    }

    List<SearchResultView> views(SearchResults results, SiteLocale locale) {
        return results.hits().stream().map(hit -> view(hit, results.highlightTerms(), locale)).toList();
    }

    SearchResultView view(SearchHit hit, List<String> terms, SiteLocale locale) {
        CodeContent texts = content.contentOf(hit.code(), locale);
        return new SearchResultView(hit.code(), texts.title(), Snippets.highlight(texts.summary(), terms),
                Paths.code(locale, hit.code()), hit.score());
    }
}
