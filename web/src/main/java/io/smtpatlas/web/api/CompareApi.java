package io.smtpatlas.web.api;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.compare.CodePair;
import io.smtpatlas.core.compare.Comparison;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.web.site.Paths;
import io.smtpatlas.web.site.SiteConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Comparisons as JSON; like the pages, one canonical URL per pair. */
@Path("/api/compare/{a}/{b}")
@Produces(MediaType.APPLICATION_JSON)
public class CompareApi {

    private final Catalog catalog;
    private final CodeApi codes;
    private final SiteConfig site;

    public CompareApi(Catalog catalog, CodeApi codes, SiteConfig site) {
        this.catalog = catalog;
        this.codes = codes;
        this.site = site;
    }

    @GET
    public Response compare(@PathParam("a") String a, @PathParam("b") String b, @QueryParam("lang") String lang) {
        SiteLocale locale = ApiLocale.of(lang);
        SmtpCode first = catalog.require(a);
        SmtpCode second = catalog.require(b);
        String query = lang == null ? "" : "?lang=" + locale.tag();
        if (first.equals(second)) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create("/api/codes/" + first.id() + query)).build();
        }
        CodePair pair = CodePair.of(first, second);
        if (!pair.isWrittenAs(a, b)) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create("/api/compare/" + pair.first().id() + "/" + pair.second().id() + query))
                    .build();
        }
        Comparison comparison = Comparison.of(pair, catalog);
        return Response.ok(new CompareJson(codes.json(first, locale), codes.json(second, locale),
                comparison.relation().name(),
                comparison.differences().stream()
                        .map(d -> new CompareJson.DifferenceJson(d.aspect().name(), d.differs())).toList(),
                comparison.commonCommands().stream().sorted().map(Enum::name).toList(),
                comparison.sharedAssociated().stream().map(SmtpCode::id).toList(),
                site.baseUrl() + Paths.compare(locale, pair), locale.tag())).build();
    }
}
