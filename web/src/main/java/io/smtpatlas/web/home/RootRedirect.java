package io.smtpatlas.web.home;

import io.smtpatlas.web.i18n.LocaleNegotiation;
import io.smtpatlas.web.site.Paths;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Paths without a locale lead to the reader's language, chosen from Accept-Language (English by default). */
@Path("/")
public class RootRedirect {

    @GET
    public Response root(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return seeOther(Paths.home(LocaleNegotiation.choose(acceptLanguage)));
    }

    /** "/smtp/550": the same page under the reader's locale. */
    @GET
    @Path("smtp/{page}")
    public Response withoutLocale(
            @PathParam("page") String page, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return seeOther("/" + LocaleNegotiation.choose(acceptLanguage).tag() + "/smtp/" + page);
    }

    /** "/search?q=…": the search page in the reader's locale, with the same query. */
    @GET
    @Path("search")
    public Response searchWithoutLocale(
            @QueryParam("q") String q, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String query = q == null ? "" : "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        return seeOther("/" + LocaleNegotiation.choose(acceptLanguage).tag() + "/search" + query);
    }

    // 302, not 301: the target depends on the request's language, so it must not be cached as permanent.
    private static Response seeOther(String path) {
        return Response.status(Response.Status.FOUND)
                .location(URI.create(path))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
