package io.smtpatlas.web.site;

import io.smtpatlas.data.search.SearchIndexChanged;
import io.smtpatlas.data.translation.ContentChanged;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Public pages and search answers change only when content does, so each one is kept by its request URI and served
 * as is until the next edit, which drops them all (titles of one code appear on many pages). Bounded: when full, it
 * starts over.
 */
@ApplicationScoped
public class RenderedPages {

    static final String HTML = "text/html;charset=UTF-8";
    static final String JSON = "application/json;charset=UTF-8";
    private static final int MAX_ENTRIES = 10_000;

    /** A response body encoded once: the fast path writes the same bytes to every reader. */
    record Rendered(Buffer body, String contentType) {
    }

    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();
    /** Counts edits, so that a page rendered from texts an edit replaced meanwhile is not kept. */
    private final AtomicLong generation = new AtomicLong();

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
        Rendered entry = rendered.get(uri);
        if (entry == null) {
            long renderedAt = generation.get();
            entry = new Rendered(Buffer.buffer(render.get()), contentType);
            if (rendered.size() >= MAX_ENTRIES) {
                rendered.clear();
            }
            if (generation.get() == renderedAt) {
                rendered.put(uri, entry);
            }
        }
        return Response.ok(entry.body().getBytes(), entry.contentType()).build();
    }

    /** What was rendered for {@code uri} since the last edit, or null. */
    Rendered cached(String uri) {
        return rendered.get(uri);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        forget();
    }

    // Again once the index took the change in: a search answered in between came from the old index.
    void onIndexChange(@Observes SearchIndexChanged change) {
        forget();
    }

    private void forget() {
        generation.incrementAndGet();
        rendered.clear();
    }
}
