package io.smtpatlas.web.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smtpatlas.data.search.SearchIndexChanged;
import io.smtpatlas.data.translation.ContentChanged;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Public pages and search answers change only when content does, so each one is rendered once, kept gzip-compressed
 * by its request URI and served as is until the next edit, which drops them all (titles of one code appear on many
 * pages). The cache is bounded by bytes; W-TinyLFU keeps the pages people ask for again when a crawler walks
 * through all of them.
 */
@ApplicationScoped
public class RenderedPages {

    static final String HTML = "text/html;charset=UTF-8";
    static final String JSON = "application/json;charset=UTF-8";

    private final Cache<String, CachedBody> rendered;
    private final CurrentVertxRequest request;
    /** Counts edits, so that a page rendered from texts an edit replaced meanwhile is not kept. */
    private final AtomicLong generation = new AtomicLong();

    public RenderedPages(CacheConfig config, CurrentVertxRequest request) {
        this.request = request;
        this.rendered = Caffeine.newBuilder()
                .maximumWeight(config.maxBytes().asLongValue())
                .weigher((String uri, CachedBody body) -> body.weight() + 2 * uri.length())
                .build();
    }

    /** The HTML page at {@code uri}, rendered once by {@code render}. */
    public Response html(String uri, Supplier<String> render) {
        return respond(uri, HTML, () -> render.get().getBytes(StandardCharsets.UTF_8));
    }

    /** The JSON answer at {@code uri}, serialized once by {@code serialize}. */
    public Response json(String uri, Supplier<byte[]> serialize) {
        return respond(uri, JSON, serialize);
    }

    /** Another kind of answer at {@code uri} (the dataset as CSV), encoded once by {@code render}. */
    public Response bytes(String uri, String contentType, Supplier<byte[]> render) {
        return respond(uri, contentType, render);
    }

    private Response respond(String uri, String contentType, Supplier<byte[]> render) {
        CachedBody body = rendered.getIfPresent(uri);
        if (body == null) {
            long renderedAt = generation.get();
            body = CachedBody.of(render.get(), contentType);
            rendered.put(uri, body);
            // An edit committed while this rendered: the page may hold the texts it replaced.
            if (generation.get() != renderedAt) {
                rendered.invalidate(uri);
            }
        }
        HttpServerRequest current = request.getCurrent().request();
        Reply reply = Reply.of(
                body, current.getHeader(HttpHeaders.IF_NONE_MATCH), current.getHeader(HttpHeaders.ACCEPT_ENCODING));
        Response.ResponseBuilder response = Response.status(reply.status())
                .header(HttpHeaders.ETAG.toString(), reply.etag())
                .header(HttpHeaders.CACHE_CONTROL.toString(), HttpCaching.PUBLIC)
                .header(HttpHeaders.VARY.toString(), HttpCaching.VARY);
        if (reply.body() != null) {
            response.entity(reply.body().getBytes()).type(contentType);
        }
        if (reply.gzip()) {
            response.header(HttpHeaders.CONTENT_ENCODING.toString(), "gzip");
        }
        return response.build();
    }

    /** What was rendered for {@code uri} since the last edit, or null. */
    CachedBody cached(String uri) {
        return rendered.getIfPresent(uri);
    }

    /** Compressed bytes kept now. */
    public long weight() {
        return rendered.policy()
                .eviction()
                .map(eviction -> eviction.weightedSize().orElse(0))
                .orElse(0L);
    }

    // After the text cache forgot the code (default priority), so a page rendered from now on reads the new texts.
    void onChange(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.APPLICATION + 900)
                    ContentChanged change) {
        forget();
    }

    // Again once the index took the change in: a search answered in between came from the old index.
    void onIndexChange(@Observes SearchIndexChanged change) {
        forget();
    }

    private void forget() {
        generation.incrementAndGet();
        rendered.invalidateAll();
    }

    /** The answer to one request for a kept body: 304 when the client has it, else gzip or plain bytes. */
    record Reply(int status, Buffer body, String etag, boolean gzip) {

        static Reply of(CachedBody body, String ifNoneMatch, String acceptEncoding) {
            boolean gzip = HttpCaching.acceptsGzip(acceptEncoding);
            String etag = gzip ? body.gzipEtag() : body.etag();
            if (HttpCaching.notModified(ifNoneMatch, body)) {
                return new Reply(304, null, etag, false);
            }
            return gzip
                    ? new Reply(200, body.gzip(), etag, true)
                    : new Reply(200, Buffer.buffer(body.identity()), etag, false);
        }
    }
}
