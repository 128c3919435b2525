package io.smtpatlas.web.code;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.content.CodeContent;
import io.smtpatlas.data.content.CodeContentService;
import io.smtpatlas.web.i18n.AppMessages;
import io.smtpatlas.web.i18n.LocaleFormats;
import io.smtpatlas.web.i18n.Messages;
import io.smtpatlas.web.site.PageMeta;
import io.smtpatlas.web.site.RenderedPages;
import io.smtpatlas.web.site.Paths;
import io.smtpatlas.web.site.SiteConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** /{lang}/smtp/{code}: what one code means, when it appears, how to fix it, and its links. */
@Path("/{lang}/smtp/{code: [0-9.]+}")
public class CodePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(PageMeta meta, CodeView view, String updated);
    }

    private final Catalog catalog;
    private final CodeContentService content;
    private final CodeLinks links;
    private final SiteConfig site;
    private final RenderedPages pages;

    public CodePage(Catalog catalog, CodeContentService content, CodeLinks links, SiteConfig site,
            RenderedPages pages) {
        this.pages = pages;
        this.catalog = catalog;
        this.content = content;
        this.links = links;
        this.site = site;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("lang") String lang, @PathParam("code") String id) {
        SiteLocale locale = SiteLocale.fromTag(lang);
        SmtpCode code = catalog.require(id);
        return pages.html(Paths.code(locale, code), () -> render(locale, code));
    }

    private String render(SiteLocale locale, SmtpCode code) {
        return render(locale, code, content.contentOf(code.id(), locale));
    }

    /** The page as it would read with {@code texts}; the admin preview passes the texts waiting for approval. */
    public String render(SiteLocale locale, SmtpCode code, CodeContent texts) {
        AppMessages msg = Messages.of(locale);
        CodeView view = CodeView.of(code, texts, msg,
                links.toCodes(locale, catalog.associatedWith(code)),
                links.toComparisons(locale, code, catalog.confusedWith(code)));
        String title = view.isBasic() ? msg.code_show_title_basic(code.id(), view.title().text())
                : msg.code_show_title_enhanced(code.id(), view.title().text());
        PageMeta meta = PageMeta.of(locale, title, view.summary().text(), site.baseUrl(), in -> Paths.code(in, code));
        String updated = texts.updatedAt() == null ? ""
                : msg.code_show_updated(LocaleFormats.date(texts.updatedAt(), locale));
        return Templates.show(meta, view, updated).setLocale(locale.toLocale()).render();
    }
}
