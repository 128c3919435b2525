package io.smtpatlas.web.site;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Public reads are the same for everyone, so shared caches may keep them: they carry {@link HttpCaching#PUBLIC} and
 * never set a cookie (the CSRF cookie belongs to the admin forms, the session cookie to the admin area).
 */
@ApplicationScoped
public class PublicResponses {

    // Before the page cache's route, so that its answers go through here too.
    private static final int ORDER = -1;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::publicRead);
    }

    private void publicRead(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (isPublicRead(request.method(), request.path())) {
            context.addHeadersEndHandler(ignored -> withoutCookies(context.response(), request));
        }
        context.next();
    }

    static boolean isPublicRead(HttpMethod method, String path) {
        return (method == HttpMethod.GET || method == HttpMethod.HEAD)
                && path != null
                && !path.startsWith("/admin")
                && !path.startsWith("/q/");
    }

    private static void withoutCookies(HttpServerResponse response, HttpServerRequest request) {
        for (Cookie cookie : List.copyOf(request.cookies())) {
            response.removeCookie(cookie.getName(), false);
        }
        response.headers().remove(HttpHeaders.SET_COOKIE);
        if (response.getStatusCode() == 200 && !response.headers().contains(HttpHeaders.CACHE_CONTROL)) {
            response.putHeader(HttpHeaders.CACHE_CONTROL, HttpCaching.PUBLIC);
        }
    }
}
