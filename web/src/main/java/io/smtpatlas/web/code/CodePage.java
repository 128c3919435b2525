package io.smtpatlas.web.code;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.content.CodeContentService;
import io.smtpatlas.web.site.Paths;
import io.smtpatlas.web.site.RenderedPages;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** /{lang}/smtp/{code}: what one code means, when it appears, how to fix it, and its links. */
@Path("/{lang}/smtp/{code: [0-9.]+}")
public class CodePage {

    private final Catalog catalog;
    private final CodeContentService content;
    private final CodeRenderer renderer;
    private final RenderedPages pages;

    public CodePage(Catalog catalog, CodeContentService content, CodeRenderer renderer, RenderedPages pages) {
        this.pages = pages;
        this.catalog = catalog;
        this.content = content;
        this.renderer = renderer;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("lang") String lang, @PathParam("code") String id) {
        SiteLocale locale = SiteLocale.fromTag(lang);
        SmtpCode code = catalog.require(id);
        return pages.html(Paths.code(locale, code), () -> render(locale, code));
    }

    /** The page as HTML, without the page cache (the crawl test renders every page this way). */
    public String render(SiteLocale locale, SmtpCode code) {
        return renderer.render(locale, code, content.contentOf(code.id(), locale));
    }
}
