package io.smtpatlas.web.error;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smtpatlas.core.catalog.MalformedCodeException;
import io.smtpatlas.core.catalog.UnknownCodeException;
import io.smtpatlas.core.compare.MalformedPairException;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.core.locale.UnknownLocaleException;
import io.smtpatlas.data.DatabaseFailure;
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
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Bad requests get a clear 4xx: an HTML page in the reader's language (with close codes when a code is unknown),
 * or a JSON {status, error, message} under /api.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @CheckedTemplate(basePath = "ErrorPage")
    static class Templates {
        static native TemplateInstance error(PageMeta meta, ErrorView view);
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
        return page(
                uri,
                404,
                locale,
                new ErrorView(
                        msg.error_notFound_heading(),
                        msg.error_notFound_unknownCode(e.code()),
                        links.toCodes(locale, e.suggestions())),
                e.getMessage());
    }

    @ServerExceptionMapper({
        MalformedCodeException.class,
        MalformedPairException.class,
        UnknownLocaleException.class,
        NotFoundException.class
    })
    public Response notFound(Exception e, UriInfo uri) {
        SiteLocale locale = localeOf(uri);
        AppMessages msg = Messages.of(locale);
        String message = e instanceof NotFoundException ? "No such page: " + pathOf(uri) : e.getMessage();
        return page(
                uri,
                404,
                locale,
                new ErrorView(msg.error_notFound_heading(), msg.error_notFound_malformed(), List.of()),
                message);
    }

    /** Other HTTP errors (400 for a bad parameter or an oversized query, 405, 406...). */
    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status < 400 || status >= 500) {
            return e.getResponse();
        }
        SiteLocale locale = localeOf(uri);
        AppMessages msg = Messages.of(locale);
        // The admin area is in English and its refusals say what to fix (an upload that is not UTF-8...).
        String message = pathOf(uri).startsWith("/admin/") && e.getMessage() != null
                ? e.getMessage()
                : msg.error_request_message();
        return page(
                uri, status, locale, new ErrorView(msg.error_request_heading(), message, List.of()), e.getMessage());
    }

    /** A value a service refused (a form field out of range, an unknown revision): the request is at fault. */
    @ServerExceptionMapper
    public Response badValue(IllegalArgumentException e, UriInfo uri) {
        SiteLocale locale = localeOf(uri);
        AppMessages msg = Messages.of(locale);
        return page(
                uri,
                400,
                locale,
                new ErrorView(msg.error_request_heading(), e.getMessage(), List.of()),
                e.getMessage());
    }

    /**
     * Everything else. A save that lost a race answers 409, an unreachable database 503, anything unexpected 500
     * with an id to find it in the log; each as a complete page or JSON error, never Quarkus's bare default.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        SiteLocale locale = localeOf(uri);
        AppMessages msg = Messages.of(locale);
        DatabaseFailure failure = DatabaseFailure.of(e);
        if (failure == DatabaseFailure.UNAVAILABLE) {
            LOG.warnf("Database unavailable for %s: %s", pathOf(uri), e.toString());
            if (pathOf(uri).startsWith("/admin")) {
                return DatabaseUnavailable.page(null);
            }
            return page(
                    uri,
                    503,
                    locale,
                    new ErrorView(msg.error_server_heading(), msg.error_server_message(), List.of()),
                    "The database is unavailable; try again in a moment.");
        }
        if (failure == DatabaseFailure.CONFLICT) {
            return page(
                    uri,
                    409,
                    locale,
                    new ErrorView(msg.error_request_heading(), msg.error_request_message(), List.of()),
                    "Someone changed the same data at the same moment; read it again and retry.");
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", id, pathOf(uri));
        return page(
                uri,
                500,
                locale,
                new ErrorView(msg.error_server_heading(), msg.error_server_message(), List.of()),
                "Unexpected error " + id);
    }

    private Response page(UriInfo uri, int status, SiteLocale locale, ErrorView view, String apiMessage) {
        if (isApi(uri)) {
            return Response.status(status)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(
                            status, Response.Status.fromStatusCode(status).getReasonPhrase(), apiMessage))
                    .build();
        }
        PageMeta meta = PageMeta.notIndexed(
                locale, view.heading(), view.message(), site.baseUrl(), in -> samePathIn(pathOf(uri), in));
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(meta, view).setLocale(locale.toLocale()).render())
                .build();
    }

    /** The same address under another locale: "/fr/smtp/999" in English is "/en/smtp/999"; others lead home. */
    static String samePathIn(String path, SiteLocale locale) {
        String[] segments = path.split("/", 3);
        boolean localized = segments.length >= 2 && isLocale(segments[1]);
        return localized
                ? "/" + locale.tag() + "/" + (segments.length == 3 ? segments[2] : "")
                : "/" + locale.tag() + "/";
    }

    private static boolean isLocale(String segment) {
        try {
            SiteLocale.fromTag(segment);
            return true;
        } catch (UnknownLocaleException e) {
            return false;
        }
    }

    static boolean isApi(UriInfo uri) {
        return pathOf(uri).startsWith("/api/");
    }

    /** The decoded path, or the raw one when it does not decode ({@code /%25;a} holds an escape that does not). */
    static String pathOf(UriInfo uri) {
        try {
            return uri.getPath();
        } catch (RuntimeException undecodable) {
            return uri.getRequestUri().getRawPath();
        }
    }

    /** The locale of the path when it has a valid one, so that an error page reads in the reader's language. */
    private static SiteLocale localeOf(UriInfo uri) {
        String path = pathOf(uri);
        String first = path.length() > 1 ? path.substring(1).split("/", 2)[0] : "";
        try {
            return SiteLocale.fromTag(first);
        } catch (UnknownLocaleException e) {
            return SiteLocale.SOURCE;
        }
    }
}
