package io.smtpatlas.web.compare;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.NextStep;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.compare.CodePair;
import io.smtpatlas.core.compare.Comparison;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.content.CodeContentService;
import io.smtpatlas.web.code.CodeView;
import io.smtpatlas.web.i18n.AppMessages;
import io.smtpatlas.web.i18n.Messages;
import io.smtpatlas.web.site.PageMeta;
import io.smtpatlas.web.site.Paths;
import io.smtpatlas.web.site.RenderedPages;
import io.smtpatlas.web.site.SiteConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * /{lang}/smtp/{a}-vs-{b}: two codes side by side. One URL per unordered pair: the reverse order and the same code
 * twice answer 301.
 */
@Path("/{lang}/smtp/{a: [0-9.]+}-vs-{b: [0-9.]+}")
public class ComparePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(PageMeta meta, CompareView view);
    }

    private final Catalog catalog;
    private final CodeContentService content;
    private final SiteConfig site;
    private final RenderedPages pages;

    public ComparePage(Catalog catalog, CodeContentService content, SiteConfig site, RenderedPages pages) {
        this.pages = pages;
        this.catalog = catalog;
        this.content = content;
        this.site = site;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("lang") String lang, @PathParam("a") String a, @PathParam("b") String b) {
        SiteLocale locale = SiteLocale.fromTag(lang);
        List<String> ids = CodePair.split(a + "-vs-" + b);
        SmtpCode first = catalog.require(ids.get(0));
        SmtpCode second = catalog.require(ids.get(1));
        if (first.equals(second)) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create(Paths.code(locale, first)))
                    .build();
        }
        CodePair pair = CodePair.of(first, second);
        if (!pair.isWrittenAs(ids.get(0), ids.get(1))) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create(Paths.compare(locale, pair)))
                    .build();
        }
        return pages.html(Paths.compare(locale, pair), () -> render(locale, pair));
    }

    /** The page as HTML, without the page cache (the crawl test renders every page this way). */
    public String render(SiteLocale locale, CodePair pair) {
        return page(locale, pair).render();
    }

    private TemplateInstance page(SiteLocale locale, CodePair pair) {
        AppMessages msg = Messages.of(locale);
        CodeView first = view(pair.first(), locale, msg);
        CodeView second = view(pair.second(), locale, msg);
        String a = pair.first().id();
        String b = pair.second().id();
        String aTitle = TitleInSentence.of(first.title().text(), locale);
        String bTitle = TitleInSentence.of(second.title().text(), locale);
        Comparison comparison = Comparison.of(pair, catalog);
        NextStep aStep = catalog.advice(pair.first()).nextStep();
        NextStep bStep = catalog.advice(pair.second()).nextStep();
        CompareView view = new CompareView(
                msg.compare_show_heading(a, b),
                msg.compare_show_intro(a, b, aTitle, bTitle),
                msg.compare_table_caption(a, b),
                first,
                second,
                rows(comparison, first, second, msg),
                ComparisonSentences.keyDifferences(comparison, aStep, bStep, msg),
                List.of(which(pair.first(), first, locale, msg), which(pair.second(), second, locale, msg)));
        PageMeta meta = PageMeta.of(
                locale,
                msg.compare_show_title(a, b, aTitle, bTitle),
                msg.compare_show_description(a, b, aTitle, bTitle),
                site.baseUrl(),
                in -> Paths.compare(in, pair));
        return Templates.show(meta, view).setLocale(locale.toLocale());
    }

    /** One row per aspect; the rows whose values differ come first, in this order, then the shared ones. */
    static List<CompareRow> rows(Comparison comparison, CodeView first, CodeView second, AppMessages msg) {
        List<CompareRow> rows = new ArrayList<>(List.of(
                CompareRow.text(msg.compare_row_kind(), kind(first, msg), kind(second, msg)),
                CompareRow.text(
                        msg.compare_row_class(),
                        first.classDigits() + " · " + first.labels().replyClass(),
                        second.classDigits() + " · " + second.labels().replyClass()),
                CompareRow.badges(
                        msg.compare_row_retry(),
                        first.advice().badge(),
                        second.advice().badge(),
                        first.advice().verdict(),
                        second.advice().verdict()),
                CompareRow.text(
                        msg.compare_row_commands(),
                        first.commands().summary(msg),
                        second.commands().summary(msg)),
                CompareRow.text(
                        msg.compare_row_meaning(),
                        first.summary().text(),
                        second.summary().text()),
                CompareRow.text(
                        msg.compare_row_todo(),
                        first.advice().firstStep(),
                        second.advice().firstStep())));
        rows.sort(Comparator.comparing(row -> !row.differs()));
        return List.copyOf(rows);
    }

    private static String kind(CodeView view, AppMessages msg) {
        return view.isBasic() ? msg.common_kind_basic() : msg.common_kind_enhanced();
    }

    private CodeView view(SmtpCode code, SiteLocale locale, AppMessages msg) {
        return CodeView.of(
                code, content.contentOf(code.id(), locale), msg, catalog.advice(code), List.of(), List.of(), List.of());
    }

    private static WhichItem which(SmtpCode code, CodeView view, SiteLocale locale, AppMessages msg) {
        return new WhichItem(
                code.id(),
                view.summary().text(),
                view.advice().next(),
                Paths.code(locale, code),
                msg.compare_show_full_page(code.id()));
    }
}
