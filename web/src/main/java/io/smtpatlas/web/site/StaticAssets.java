package io.smtpatlas.web.site;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The site's static files under names that carry a digest of their bytes ({@code /static/site.3f2a1c9b.css}), so
 * browsers and shared caches keep them for a year without asking again: a changed file gets a new name. Templates
 * ask for a file's current URL with {@code {inject:assets.url('site.css')}}; the plain names keep working, with
 * Quarkus's short caching.
 */
@ApplicationScoped
@Named("assets")
public class StaticAssets {

    private static final String FOLDER = "META-INF/resources/static/";
    private static final Map<String, String> TYPES =
            Map.of("css", "text/css;charset=UTF-8", "js", "text/javascript;charset=UTF-8", "svg", "image/svg+xml");

    /** Logical name → fingerprinted URL, and fingerprinted file name → body. */
    private final Map<String, String> urls = new HashMap<>();

    private final Map<String, CachedBody> files = new HashMap<>();

    public StaticAssets() {
        for (String name : new String[] {"site.css", "suggest.js", "favicon.svg"}) {
            byte[] bytes = read(name);
            int dot = name.lastIndexOf('.');
            String extension = name.substring(dot + 1);
            String fingerprinted = name.substring(0, dot) + '.' + digest(bytes) + '.' + extension;
            urls.put(name, "/static/" + fingerprinted);
            files.put(fingerprinted, CachedBody.of(bytes, TYPES.get(extension)));
        }
    }

    /** The fingerprinted URL of a file of {@code static/}. */
    public String url(String name) {
        String url = urls.get(name);
        if (url == null) {
            throw new IllegalArgumentException("No static file " + name);
        }
        return url;
    }

    void install(@Observes Router router) {
        router.get("/static/:file").order(-2).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        CachedBody body = files.get(context.pathParam("file"));
        if (body == null) {
            context.next();
            return;
        }
        HttpCaching.send(context, body, HttpCaching.IMMUTABLE);
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing static file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
