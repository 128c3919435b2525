package io.smtpatlas.web.admin;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.content.CodeContentService;
import io.smtpatlas.web.code.CodeRenderer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;

/**
 * /admin/preview/{lang}/{code}: the public code page as it will read once the drafts and texts in review are
 * approved. Signed-in people only; never cached, never indexed.
 */
@Path("/admin/preview/{lang}/{code}")
@RolesAllowed({"admin", "translator"})
public class PreviewPage {

    private final Catalog catalog;
    private final CodeContentService content;
    private final CodeRenderer renderer;
    private final CurrentEditor editor;

    public PreviewPage(Catalog catalog, CodeContentService content, CodeRenderer renderer, CurrentEditor editor) {
        this.catalog = catalog;
        this.content = content;
        this.renderer = renderer;
        this.editor = editor;
    }

    @GET
    public Response show(@PathParam("lang") String lang, @PathParam("code") String id) {
        SiteLocale locale = AdminParams.locale(lang);
        SmtpCode code = catalog.require(id);
        String html = renderer.render(locale, code, content.pendingContentOf(code.id(), locale));
        String banner = "<p class=\"preview-banner\" role=\"status\">"
                + escape(editor.messages().preview_banner()) + " <a href=\""
                + TranslationEditorPage.editorPath(code.id(), locale) + "\">"
                + escape(editor.messages().preview_back()) + "</a></p>";
        html = html.replaceFirst("<body([^>]*)>", "$0" + Matcher.quoteReplacement(banner))
                .replaceFirst("<head>", "<head>\n<meta name=\"robots\" content=\"noindex\">");
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
