package io.smtpatlas.web.api;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.content.CodeContent;
import io.smtpatlas.data.content.CodeContentService;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.web.site.Paths;
import io.smtpatlas.web.site.SiteConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** A code's facts and texts as the API writes them; the code, comparison and dataset answers share it. */
@ApplicationScoped
public class CodeJsons {

    private final Catalog catalog;
    private final CodeContentService content;
    private final SiteConfig site;

    public CodeJsons(Catalog catalog, CodeContentService content, SiteConfig site) {
        this.catalog = catalog;
        this.content = content;
        this.site = site;
    }

    public CodeSummaryJson summary(SmtpCode code, SiteLocale locale) {
        CodeContent texts = content.contentOf(code.id(), locale);
        return new CodeSummaryJson(code.id(), code.kind().apiName(), texts.title(), texts.summary(), url(code, locale));
    }

    public CodeJson code(SmtpCode code, SiteLocale locale) {
        CodeContent texts = content.contentOf(code.id(), locale);
        return new CodeJson(
                code.id(),
                code.kind().apiName(),
                code.replyClass().digit(),
                code.replyClass().name(),
                code.subject().name(),
                texts.title(),
                texts.summary(),
                texts.text(TextField.DESCRIPTION),
                texts.text(TextField.WHEN_YOU_SEE_IT),
                texts.text(TextField.HOW_TO_FIX),
                texts.text(TextField.KEYWORDS),
                code.commands().tokens(),
                code.rfcs().stream()
                        .map(rfc -> new CodeJson.RfcJson(rfc.label(), rfc.url()))
                        .toList(),
                catalog.associatedWith(code).stream().map(SmtpCode::id).toList(),
                code.wireText(),
                url(code, locale),
                locale.tag(),
                texts.fallbackFields().stream().map(TextField::key).toList());
    }

    private String url(SmtpCode code, SiteLocale locale) {
        return site.baseUrl() + Paths.code(locale, code);
    }
}
