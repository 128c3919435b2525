package io.smtpatlas.web.api;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.content.CodeContent;
import io.smtpatlas.data.content.CodeContentService;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.web.site.Paths;
import io.smtpatlas.web.site.SiteConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The catalog as JSON: a stable API for tools that look codes up. */
@Path("/api/codes")
@Produces(MediaType.APPLICATION_JSON)
public class CodeApi {

    private final Catalog catalog;
    private final CodeContentService content;
    private final SiteConfig site;

    public CodeApi(Catalog catalog, CodeContentService content, SiteConfig site) {
        this.catalog = catalog;
        this.content = content;
        this.site = site;
    }

    @GET
    public List<CodeSummaryJson> list(@QueryParam("lang") String lang) {
        SiteLocale locale = ApiLocale.of(lang);
        return catalog.all().stream().map(code -> {
            CodeContent texts = content.contentOf(code.id(), locale);
            return new CodeSummaryJson(code.id(), code.kind().apiName(), texts.title(), texts.summary(),
                    site.baseUrl() + Paths.code(locale, code));
        }).toList();
    }

    @GET
    @Path("{code}")
    public CodeJson get(@PathParam("code") String id, @QueryParam("lang") String lang) {
        SiteLocale locale = ApiLocale.of(lang);
        return json(catalog.require(id), locale);
    }

    CodeJson json(SmtpCode code, SiteLocale locale) {
        CodeContent texts = content.contentOf(code.id(), locale);
        return new CodeJson(code.id(), code.kind().apiName(), code.replyClass().digit(), code.replyClass().name(),
                code.subject().name(), texts.title(), texts.summary(), texts.text(TextField.DESCRIPTION),
                texts.text(TextField.WHEN_YOU_SEE_IT), texts.text(TextField.HOW_TO_FIX),
                texts.text(TextField.KEYWORDS),
                code.commands().tokens(),
                code.rfcs().stream().map(rfc -> new CodeJson.RfcJson(rfc.label(), rfc.url())).toList(),
                catalog.associatedWith(code).stream().map(SmtpCode::id).toList(),
                code.wireText(), site.baseUrl() + Paths.code(locale, code), locale.tag(),
                texts.fallbackFields().stream().map(TextField::key).toList());
    }
}
