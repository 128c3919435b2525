package io.smtpatlas.web.site;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/**
 * How public responses are cached by browsers and shared caches: five minutes fresh, then served stale for a day
 * while the cache revalidates with the ETag (a 304 costs no body).
 */
public final class HttpCaching {

    public static final String PUBLIC = "public, max-age=300, stale-while-revalidate=86400";
    /** Fingerprinted static files: the name changes when the bytes do. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** Kept bodies are sent gzip-compressed or not depending on this request header. */
    static final String VARY = "Accept-Encoding";

    private HttpCaching() {}

    /** Answers with a kept body: 304 when the client holds it, else gzip or plain as the client accepts. */
    static void send(RoutingContext context, CachedBody body, String cacheControl) {
        HttpServerRequest request = context.request();
        RenderedPages.Reply reply = RenderedPages.Reply.of(
                body, request.getHeader(HttpHeaders.IF_NONE_MATCH), request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        HttpServerResponse response = context.response()
                .setStatusCode(reply.status())
                .putHeader(HttpHeaders.ETAG, reply.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl)
                .putHeader(HttpHeaders.VARY, VARY);
        if (reply.body() == null) {
            response.end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, body.contentType());
        if (reply.gzip()) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.end(reply.body());
    }

    /** Whether {@code If-None-Match} names one of the body's tags (or "*"). */
    static boolean notModified(String ifNoneMatch, CachedBody body) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("*") || candidate.equals(body.etag()) || candidate.equals(body.gzipEtag())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the client takes gzip: named (or "*") without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].trim();
            if (coding.equals("gzip") || coding.equals("*")) {
                return !refused(pieces);
            }
        }
        return false;
    }

    private static boolean refused(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim()) == 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
