package io.smtpatlas.web.code;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.Companion;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.content.CodeContent;
import io.smtpatlas.web.i18n.AppMessages;
import io.smtpatlas.web.i18n.LocaleFormats;
import io.smtpatlas.web.i18n.Messages;
import io.smtpatlas.web.site.PageMeta;
import io.smtpatlas.web.site.Paths;
import io.smtpatlas.web.site.SiteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Renders a code page from given texts: the published ones (CodePage) or those waiting for approval (preview). */
@ApplicationScoped
public class CodeRenderer {

    /** Links shown before "more pairs": every pair seen in bounces, and at least this many. */
    private static final int MIN_COMPANIONS_SHOWN = 4;

    @CheckedTemplate(basePath = "CodePage")
    static class Templates {
        static native TemplateInstance show(PageMeta meta, CodeView view, String updated);
    }

    private final Catalog catalog;
    private final CodeLinks links;
    private final SiteConfig site;

    public CodeRenderer(Catalog catalog, CodeLinks links, SiteConfig site) {
        this.catalog = catalog;
        this.links = links;
        this.site = site;
    }

    /** The page as it reads with {@code texts}. */
    public String render(SiteLocale locale, SmtpCode code, CodeContent texts) {
        AppMessages msg = Messages.of(locale);
        List<Companion> companions = catalog.companions(code);
        int shown = Math.max(MIN_COMPANIONS_SHOWN, (int)
                companions.stream().filter(c -> c.bounceLines() > 0).count());
        List<SmtpCode> ordered = companions.stream().map(Companion::code).toList();
        int cut = Math.min(shown, ordered.size());
        CodeView view = CodeView.of(
                code,
                texts,
                msg,
                catalog.advice(code),
                links.toCodes(locale, ordered.subList(0, cut)),
                links.toCodes(locale, ordered.subList(cut, ordered.size())),
                links.toComparisons(locale, code, catalog.confusedWith(code)));
        String title = view.isBasic()
                ? msg.code_show_title_basic(code.id(), view.title().text())
                : msg.code_show_title_enhanced(code.id(), view.title().text());
        PageMeta meta = PageMeta.of(locale, title, view.summary().text(), site.baseUrl(), in -> Paths.code(in, code));
        String updated =
                texts.updatedAt() == null ? "" : msg.code_show_updated(LocaleFormats.date(texts.updatedAt(), locale));
        return Templates.show(meta, view, updated).setLocale(locale.toLocale()).render();
    }
}
