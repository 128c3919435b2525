package io.smtpatlas.web.explain;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smtpatlas.core.diagnosis.Diagnosis;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.web.site.PageMeta;
import io.smtpatlas.web.site.Paths;
import io.smtpatlas.web.site.RenderedPages;
import io.smtpatlas.web.site.SiteConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/**
 * /{lang}/explain: paste a bounce, get every recipient diagnosed. The answer is rendered straight from the POST
 * (nothing is stored, so there is nothing to redirect to) with the pasted text back in the box.
 *
 * <p>The form posts {@code enctype="text/plain"}: one field, sent as {@code text=<the text as typed>}, so the body is
 * the pasted text itself, read like the API's. Form encodings would make the CSRF filter ask for a token, which
 * needs a cookie, and public pages set none; {@link SameSiteForm} guards the post instead.
 */
@Path("/{lang}/explain")
public class ExplainPage {

    private static final String FIELD = "text=";
    /** Up to this size a refused text is given back in the box, so that the reader can shorten it. */
    private static final int MAX_GIVEN_BACK = 2 * PastedText.MAX_BYTES;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(PageMeta meta, String text, DiagnosisView view, Notice notice);
    }

    private final BounceExplainer explainer;
    private final DiagnosisViews views;
    private final SiteConfig site;
    private final RenderedPages pages;

    public ExplainPage(BounceExplainer explainer, DiagnosisViews views, SiteConfig site, RenderedPages pages) {
        this.explainer = explainer;
        this.views = views;
        this.site = site;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form(@PathParam("lang") String lang) {
        SiteLocale locale = SiteLocale.fromTag(lang);
        return pages.html(Paths.explain(locale), () -> render(locale, "", null, null, true));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.TEXT_HTML)
    public Response diagnose(
            @PathParam("lang") String lang,
            @HeaderParam("Sec-Fetch-Site") String fetchSite,
            @HeaderParam("Origin") String origin,
            @HeaderParam("Host") String host,
            byte[] body) {
        SiteLocale locale = SiteLocale.fromTag(lang);
        ExplainMessages msg = ExplainTexts.of(locale);
        if (!SameSiteForm.allows(fetchSite, origin, host, site.baseUrl())) {
            return page(403, locale, "", null, new Notice(msg.explain_refused_heading(), msg.explain_refused_text()));
        }
        byte[] raw = body == null ? new byte[0] : body;
        if (raw.length > PastedText.MAX_BYTES + FIELD.length() + 2) {
            String givenBack = raw.length <= MAX_GIVEN_BACK ? fieldOf(raw) : "";
            return page(
                    413,
                    locale,
                    givenBack,
                    null,
                    new Notice(msg.explain_too_large_heading(), msg.explain_too_large_text()));
        }
        String text = fieldOf(raw);
        if (text.isBlank()) {
            return page(400, locale, text, null, new Notice(msg.explain_empty(), msg.explain_form_hint()));
        }
        Diagnosis diagnosis = explainer.explain(text);
        return page(200, locale, text, views.of(diagnosis, text, locale), null);
    }

    /** The pasted text out of a text/plain form body ("text=…" and a final line break); any other body as is. */
    static String fieldOf(byte[] body) {
        String sent = new String(body, StandardCharsets.UTF_8);
        if (!sent.startsWith(FIELD)) {
            return sent;
        }
        String text = sent.substring(FIELD.length());
        return text.endsWith("\r\n") ? text.substring(0, text.length() - 2) : text;
    }

    private Response page(int status, SiteLocale locale, String text, DiagnosisView view, Notice notice) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(render(locale, text, view, notice, false))
                .build();
    }

    private String render(SiteLocale locale, String text, DiagnosisView view, Notice notice, boolean indexable) {
        ExplainMessages msg = ExplainTexts.of(locale);
        String title = view == null ? msg.explain_form_title() : msg.explain_result_title();
        PageMeta meta = indexable
                ? PageMeta.of(locale, title, msg.explain_form_description(), site.baseUrl(), Paths::explain)
                : PageMeta.notIndexed(
                        locale, title, msg.explain_form_description(), site.baseUrl(), Paths.explain(locale));
        return Templates.show(meta, text, view, notice)
                .setLocale(locale.toLocale())
                .render();
    }
}
