package io.smtpatlas.web.site;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves an already rendered public page or search answer straight from the event loop, before the REST layer: the
 * compressed bytes are ready, so there is nothing to do but write them (or answer 304). Pages not rendered yet (and
 * every other request) go on as usual.
 */
@ApplicationScoped
public class CachedPageRoute {

    // After Quarkus's own filters (response headers), before the REST routes.
    private static final int ORDER = 0;

    private final RenderedPages pages;

    public CachedPageRoute(RenderedPages pages) {
        this.pages = pages;
    }

    void install(@Observes Router router) {
        router.get().order(ORDER).handler(this::serveRendered);
    }

    private void serveRendered(RoutingContext context) {
        HttpServerRequest request = context.request();
        CachedBody body = pages.cached(request.uri());
        if (body == null) {
            context.next();
            return;
        }
        RenderedPages.Reply reply = RenderedPages.Reply.of(
                body, request.getHeader(HttpHeaders.IF_NONE_MATCH), request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        HttpServerResponse response = context.response()
                .setStatusCode(reply.status())
                .putHeader(HttpHeaders.ETAG, reply.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, HttpCaching.PUBLIC)
                .putHeader(HttpHeaders.VARY, HttpCaching.VARY);
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
}
