package io.smtpatlas.web.api;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The public API is versioned: {@value #CURRENT}/... is the stable contract the OpenAPI document describes. Resources
 * are written once at /api/...; a request to {@value #CURRENT}/x is answered by /api/x, so both paths give the same
 * answer from one implementation and callers of the unversioned paths keep working. A breaking change would get
 * /api/v2 beside v1 (README, "JSON API").
 */
@ApplicationScoped
public class ApiVersions {

    public static final String CURRENT = "/api/v1";
    static final String UNVERSIONED = "/api";

    // Before the rendered-page route (0), so that a cached answer is found under the path that produced it.
    private static final int ORDER = -10;

    void install(@Observes Router router) {
        router.route(CURRENT + "/*").order(ORDER).handler(this::alias);
    }

    private void alias(RoutingContext context) {
        String uri = context.request().uri();
        context.reroute(UNVERSIONED + uri.substring(CURRENT.length()));
    }
}
