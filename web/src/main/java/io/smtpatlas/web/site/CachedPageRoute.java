package io.smtpatlas.web.site;

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
        CachedBody body = pages.cached(context.request().uri());
        if (body == null) {
            context.next();
            return;
        }
        HttpCaching.send(context, body, HttpCaching.PUBLIC);
    }
}
