package io.smtpatlas.web.api;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Lets pages on any other site call the public API from a browser (CORS): every answer under /api allows any
 * origin, without credentials (the API has no cookies or logins to share), and preflights for GET and POST are
 * answered here. Pages and the admin area send no CORS headers, so browsers keep them same-origin.
 */
@ApplicationScoped
public class ApiCors {

    static final String ALLOWED_METHODS = "GET, POST";
    // JSON bodies (POST /api/explain) need Content-Type, which is not a CORS-safelisted value.
    static final String ALLOWED_HEADERS = "Content-Type";
    private static final String PREFLIGHT_CACHE_SECONDS = "86400";

    // First of the API's routes: before the version alias (-10) and the rendered-page route (0).
    private static final int ORDER = -20;

    void install(@Observes Router router) {
        router.route(ApiVersions.UNVERSIONED + "/*").order(ORDER).handler(this::cors);
    }

    private void cors(RoutingContext context) {
        // "*" on every answer, not only when Origin is sent, so a shared cache never keeps one without it.
        context.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        boolean preflight = context.request().method() == HttpMethod.OPTIONS
                && context.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (preflight) {
            context.response()
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, PREFLIGHT_CACHE_SECONDS)
                    .setStatusCode(204)
                    .end();
            return;
        }
        context.next();
    }
}
