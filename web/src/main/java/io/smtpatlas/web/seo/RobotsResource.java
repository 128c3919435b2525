package io.smtpatlas.web.seo;

import io.smtpatlas.web.site.SiteConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** /robots.txt: everything public may be crawled; the admin area and the API may not. */
@Path("/robots.txt")
public class RobotsResource {

    private final SiteConfig site;

    public RobotsResource(SiteConfig site) {
        this.site = site;
    }

    @GET
    @Produces("text/plain")
    public String robots() {
        return "User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api/\n\nSitemap: " + site.baseUrl()
                + "/sitemap.xml\n";
    }
}
