package io.smtpatlas.web.error;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smtpatlas.core.catalog.MalformedCodeException;
import io.smtpatlas.core.catalog.UnknownCodeException;
import io.smtpatlas.core.compare.MalformedPairException;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.core.locale.UnknownLocaleException;
import io.smtpatlas.web.code.CodeLinks;
import io.smtpatlas.web.i18n.AppMessages;
import io.smtpatlas.web.i18n.Messages;
import io.smtpatlas.web.site.PageMeta;
import io.smtpatlas.web.site.SiteConfig;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Bad addresses get a clear 404: an HTML page in the reader's language (with close codes when a code is
 * unknown), or a JSON error under /api.
 */
public class ErrorMappers {

    @CheckedTemplate(basePath = "ErrorPage")
    static class Templates {
        static native TemplateInstance notFound(PageMeta meta, NotFoundView view);
    }

    private final CodeLinks links;
    private final SiteConfig site;

    public ErrorMappers(CodeLinks links, SiteConfig site) {
        this.links = links;
        this.site = site;
    }

    @ServerExceptionMapper
    public Response unknownCode(UnknownCodeException e, UriInfo uri) {
        SiteLocale locale = localeOf(uri);
        AppMessages msg = Messages.of(locale);
        return notFound(uri, locale, new NotFoundView(msg.error_notFound_unknownCode(e.code()),
                links.toCodes(locale, e.suggestions())), e.getMessage());
    }

    @ServerExceptionMapper({MalformedCodeException.class, MalformedPairException.class,
            UnknownLocaleException.class, NotFoundException.class})
    public Response notFound(Exception e, UriInfo uri) {
        SiteLocale locale = localeOf(uri);
        String message = e instanceof NotFoundException ? "No such page: " + uri.getPath() : e.getMessage();
        return notFound(uri, locale, new NotFoundView(Messages.of(locale).error_notFound_malformed(), List.of()),
                message);
    }

    /** Other HTTP errors of the API (400 for a bad parameter, 405, 406...) keep the JSON error shape. */
    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, UriInfo uri) {
        if (!isApi(uri)) {
            return e.getResponse();
        }
        int status = e.getResponse().getStatus();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, Response.Status.fromStatusCode(status).getReasonPhrase(), e.getMessage()))
                .build();
    }

    private Response notFound(UriInfo uri, SiteLocale locale, NotFoundView view, String apiMessage) {
        if (isApi(uri)) {
            return Response.status(404).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(404, "Not Found", apiMessage)).build();
        }
        AppMessages msg = Messages.of(locale);
        PageMeta meta = PageMeta.notIndexed(locale, msg.error_notFound_title(), view.message(), site.baseUrl(),
                uri.getPath());
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.notFound(meta, view).setLocale(locale.toLocale()).render()).build();
    }

    static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }

    /** The locale of the path when it has a valid one, so that a 404 reads in the reader's language. */
    private static SiteLocale localeOf(UriInfo uri) {
        String path = uri.getPath();
        String first = path.length() > 1 ? path.substring(1).split("/", 2)[0] : "";
        try {
            return SiteLocale.fromTag(first);
        } catch (UnknownLocaleException e) {
            return SiteLocale.SOURCE;
        }
    }
}
