package io.smtpatlas.web.api;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Swagger UI (/q/swagger-ui) starts itself with an inline script, which the site's Content-Security-Policy forbids.
 * Its pages alone get a policy that allows inline script and style; they show no user content.
 */
@ApplicationScoped
public class SwaggerUiPolicy {

    static final String PATH = "/q/swagger-ui";
    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route(PATH + "*").order(-20).handler(this::relax);
    }

    private void relax(RoutingContext context) {
        // Set last, over the site-wide header (quarkus.http.header in application.properties).
        context.addHeadersEndHandler(v -> context.response().headers().set("Content-Security-Policy", POLICY));
        context.next();
    }
}
