package io.smtpatlas.web.seo;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.compare.CodePair;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.web.site.Paths;
import io.smtpatlas.web.site.SiteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The sitemap files: at most {@value #MAX_URLS} URLs each, every URL with its page in all locales (xhtml:link
 * alternates). The catalog never changes at runtime, so the files are built once.
 */
@ApplicationScoped
public class Sitemaps {

    static final int MAX_URLS = 50_000;

    private final SiteConfig site;
    private final List<String> files;

    public Sitemaps(Catalog catalog, SiteConfig site) {
        this.site = site;
        this.files = build(catalog);
    }

    /** The number of sitemap files, numbered from 1. */
    public int count() {
        return files.size();
    }

    /** File {@code number}, from 1 to {@link #count()}. */
    public String file(int number) {
        if (number < 1 || number > files.size()) {
            throw new NotFoundException();
        }
        return files.get(number - 1);
    }

    private List<String> build(Catalog catalog) {
        List<Function<SiteLocale, String>> pages = new ArrayList<>();
        pages.add(Paths::home);
        catalog.all().forEach(code -> pages.add(locale -> Paths.code(locale, code)));
        for (CodePair pair : SitemapPairs.of(catalog)) {
            pages.add(locale -> Paths.compare(locale, pair));
        }
        int pagesPerFile = MAX_URLS / SiteLocale.values().length;
        List<String> result = new ArrayList<>();
        for (int start = 0; start < pages.size(); start += pagesPerFile) {
            result.add(urlset(pages.subList(start, Math.min(pages.size(), start + pagesPerFile))));
        }
        return List.copyOf(result);
    }

    private String urlset(List<Function<SiteLocale, String>> pages) {
        StringBuilder xml = new StringBuilder(pages.size() * 8 * 900);
        xml.append(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                        + " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (Function<SiteLocale, String> page : pages) {
            for (SiteLocale locale : SiteLocale.values()) {
                xml.append("<url><loc>")
                        .append(site.baseUrl())
                        .append(page.apply(locale))
                        .append("</loc>");
                for (SiteLocale alternate : SiteLocale.values()) {
                    link(xml, alternate.tag(), page.apply(alternate));
                }
                link(xml, "x-default", page.apply(SiteLocale.SOURCE));
                xml.append("</url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    private void link(StringBuilder xml, String hreflang, String path) {
        xml.append("<xhtml:link rel=\"alternate\" hreflang=\"")
                .append(hreflang)
                .append("\" href=\"")
                .append(site.baseUrl())
                .append(path)
                .append("\"/>");
    }
}
