package io.smtpatlas.web.site;

import io.smtpatlas.data.translation.ContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Public pages change only when content does, so each rendered page is kept by its path and served as is until the
 * next edit, which drops them all (titles of one code appear on many pages). Bounded: when full, it starts over.
 */
@ApplicationScoped
public class RenderedPages {

    private static final int MAX_PAGES = 20_000;
    private static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");

    // Encoded once: the fast path writes the same bytes to every reader.
    private final Map<String, Buffer> pages = new ConcurrentHashMap<>();

    /** The page at {@code path}, rendered once by {@code render}. */
    public Response html(String path, Supplier<String> render) {
        Buffer page = pages.get(path);
        if (page == null) {
            page = Buffer.buffer(render.get().getBytes(StandardCharsets.UTF_8));
            if (pages.size() >= MAX_PAGES) {
                pages.clear();
            }
            pages.put(path, page);
        }
        return Response.ok(page.getBytes(), HTML).build();
    }

    /** The rendered page at {@code path}, or null when it has not been rendered since the last edit. */
    Buffer cached(String path) {
        return pages.get(path);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        pages.clear();
    }
}
