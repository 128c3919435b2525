package io.smtpatlas.web.search;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.content.CodeContent;
import io.smtpatlas.data.content.CodeContentService;
import io.smtpatlas.data.search.SearchHit;
import io.smtpatlas.data.search.SearchResults;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.web.i18n.Labels;
import io.smtpatlas.web.i18n.Messages;
import io.smtpatlas.web.site.Paths;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Dresses search hits with their title, class, highlighted snippet and link in the reader's locale. */
@ApplicationScoped
public class SearchResultsBuilder {

    private final CodeContentService content;
    private final Catalog catalog;

    public SearchResultsBuilder(CodeContentService content, Catalog catalog) {
        this.content = content;
        this.catalog = catalog;
    }

    List<SearchResultView> views(SearchResults results, SiteLocale locale) {
        return results.hits().stream()
                .map(hit -> view(hit, results.highlightTerms(), locale))
                .toList();
    }

    SearchResultView view(SearchHit hit, List<String> terms, SiteLocale locale) {
        CodeContent texts = content.contentOf(hit.code(), locale);
        SmtpCode code = catalog.require(hit.code());
        List<SnippetPart> snippet = terms.isEmpty()
                ? List.of(new SnippetPart(texts.summary(), false))
                : Snippets.highlight(texts.summary(), texts.languageOf(TextField.SUMMARY), terms);
        return new SearchResultView(
                hit.code(),
                texts.title(),
                snippet,
                Paths.code(locale, hit.code()),
                hit.score(),
                code.replyClass().digit(),
                Labels.replyClass(Messages.of(locale), code.replyClass()));
    }
}
