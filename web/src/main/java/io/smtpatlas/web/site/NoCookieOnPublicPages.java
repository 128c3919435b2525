package io.smtpatlas.web.site;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Public pages set no cookie. The CSRF filter makes a token cookie on every GET it sees (its only path setting is a
 * list of exact paths, too narrow for the admin area's URLs), but only admin forms use the token; so the cookie is
 * dropped from every response outside /admin, just before the headers are written.
 */
@ApplicationScoped
public class NoCookieOnPublicPages {

    private static final String CSRF_COOKIE = "csrf-token";
    // Before the cached-page route and the REST routes, so that it sees every request.
    private static final int ORDER = -10;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::dropCsrfCookieOutsideAdmin);
    }

    private void dropCsrfCookieOutsideAdmin(RoutingContext context) {
        String path = context.normalizedPath();
        if (!path.equals("/admin") && !path.startsWith("/admin/")) {
            context.addHeadersEndHandler(ignored -> context.response().removeCookie(CSRF_COOKIE, false));
        }
        context.next();
    }
}
