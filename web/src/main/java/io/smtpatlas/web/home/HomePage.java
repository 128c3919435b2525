package io.smtpatlas.web.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.CodeKind;
import io.smtpatlas.core.code.ReplyClass;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.web.code.CodeLink;
import io.smtpatlas.web.code.CodeLinks;
import io.smtpatlas.web.i18n.AppMessages;
import io.smtpatlas.web.i18n.Labels;
import io.smtpatlas.web.i18n.Messages;
import io.smtpatlas.web.site.PageMeta;
import io.smtpatlas.web.site.Paths;
import io.smtpatlas.web.site.PopularCodes;
import io.smtpatlas.web.site.RenderedPages;
import io.smtpatlas.web.site.SiteConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** /{lang}/: every code, grouped by kind and class, with its title. */
@Path("/{lang}/")
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(
                PageMeta meta,
                List<CodeLink> popular,
                List<JumpLink> jumps,
                List<ClassGroup> basic,
                List<ClassGroup> enhanced);
    }

    private final Catalog catalog;
    private final CodeLinks links;
    private final SiteConfig site;
    private final RenderedPages pages;

    public HomePage(Catalog catalog, CodeLinks links, SiteConfig site, RenderedPages pages) {
        this.pages = pages;
        this.catalog = catalog;
        this.links = links;
        this.site = site;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response index(@PathParam("lang") String lang) {
        SiteLocale locale = SiteLocale.fromTag(lang);
        return pages.html(Paths.home(locale), () -> render(locale));
    }

    private String render(SiteLocale locale) {
        AppMessages msg = Messages.of(locale);
        PageMeta meta =
                PageMeta.of(locale, msg.home_index_title(), msg.home_index_description(), site.baseUrl(), Paths::home);
        List<ClassGroup> basic = groups(CodeKind.BASIC, locale, msg);
        List<JumpLink> jumps = new ArrayList<>();
        basic.forEach(group -> jumps.add(new JumpLink(group.anchor(), group.anchor())));
        jumps.add(new JumpLink(msg.home_index_enhanced(), "enhanced"));
        List<CodeLink> popular = links.toCodes(
                locale, PopularCodes.IDS.stream().map(catalog::require).toList());
        return Templates.index(meta, popular, jumps, basic, groups(CodeKind.ENHANCED, locale, msg))
                .setLocale(locale.toLocale())
                .render();
    }

    private List<ClassGroup> groups(CodeKind kind, SiteLocale locale, AppMessages msg) {
        List<ClassGroup> groups = new ArrayList<>();
        for (Map.Entry<ReplyClass, List<SmtpCode>> entry : catalog.byClass(kind).entrySet()) {
            int digit = entry.getKey().digit();
            String digits = kind == CodeKind.BASIC ? digit + "xx" : digit + ".x.x";
            groups.add(new ClassGroup(
                    kind == CodeKind.BASIC ? digits : "enhanced-" + digit,
                    msg.home_index_class_heading(digits, Labels.replyClass(msg, entry.getKey())),
                    Labels.replyClassExplained(msg, entry.getKey()),
                    links.toCodes(locale, entry.getValue())));
        }
        return groups;
    }
}
