package io.smtpatlas.web.seo;

import io.smtpatlas.web.site.SiteConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

/** /sitemap.xml, an index over the files /sitemaps/{n}.xml. */
@Path("/sitemap.xml")
public class SitemapResource {

    private final Sitemaps sitemaps;
    private final SiteConfig site;

    public SitemapResource(Sitemaps sitemaps, SiteConfig site) {
        this.sitemaps = sitemaps;
        this.site = site;
    }

    @GET
    @Produces("application/xml")
    public String index() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = 1; i <= sitemaps.count(); i++) {
            xml.append("  <sitemap><loc>")
                    .append(site.baseUrl())
                    .append("/sitemaps/")
                    .append(i)
                    .append(".xml</loc></sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    /** One file of the index. */
    @Path("/sitemaps/{number: [0-9]{1,4}}.xml")
    public static class Files {

        private final Sitemaps sitemaps;

        public Files(Sitemaps sitemaps) {
            this.sitemaps = sitemaps;
        }

        @GET
        @Produces("application/xml")
        public String file(@PathParam("number") int number) {
            return sitemaps.file(number);
        }
    }
}
