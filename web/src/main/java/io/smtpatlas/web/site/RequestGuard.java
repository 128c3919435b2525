package io.smtpatlas.web.site;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Runs before authentication on every request. It refuses a Host header outside the allowed set, so that no absolute
 * URL (redirects, the login page's return address) ever points at a host an attacker chose, and it percent-encodes
 * characters of admin URLs that Quarkus could not store in its return-address cookie ({@code ;} {@code ,} ...),
 * which left such requests unanswered.
 */
@ApplicationScoped
public class RequestGuard {

    private static final Logger LOG = Logger.getLogger(RequestGuard.class);
    // Above Quarkus's CORS (300), authentication (200) and authorization (100) filters.
    private static final int PRIORITY = 1_000;

    private final Set<String> allowedHosts = new HashSet<>();

    public RequestGuard(SiteConfig site) {
        allowedHosts.addAll(Set.of("localhost", "127.0.0.1", "[::1]", "::1"));
        String baseHost = URI.create(site.baseUrl()).getHost();
        if (baseHost != null) {
            allowedHosts.add(baseHost.toLowerCase(Locale.ROOT));
        }
        site.allowedHosts()
                .ifPresent(hosts -> hosts.stream()
                        .map(String::strip)
                        .filter(host -> !host.isEmpty())
                        .map(host -> host.toLowerCase(Locale.ROOT))
                        .forEach(allowedHosts::add));
    }

    void register(@Observes Filters filters) {
        filters.register(this::guard, PRIORITY);
    }

    void warnWithoutBaseUrl(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL
                && ConfigProvider.getConfig()
                        .getOptionalValue("ATLAS_BASE_URL", String.class)
                        .isEmpty()) {
            LOG.warn("ATLAS_BASE_URL is not set: canonical links, the sitemap and OpenGraph URLs point at "
                    + "http://localhost:8080. Set it to the site's public address, e.g. https://atlas.example.org");
        }
    }

    private void guard(RoutingContext context) {
        HostAndPort authority = context.request().authority();
        String host = authority == null ? null : authority.host().toLowerCase(Locale.ROOT);
        if (host == null || !allowedHosts.contains(host)) {
            context.response()
                    .setStatusCode(400)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                    .end("Unknown host. This site answers to its own address only.\n");
            return;
        }
        String uri = context.request().uri();
        if (isAdmin(uri) && !CookieSafe.isSafe(uri)) {
            context.response()
                    .setStatusCode(302)
                    .putHeader(HttpHeaders.LOCATION, CookieSafe.encode(uri))
                    .end();
            return;
        }
        context.next();
    }

    private static boolean isAdmin(String uri) {
        return uri.startsWith("/admin") || uri.startsWith("/j_security_check");
    }
}
