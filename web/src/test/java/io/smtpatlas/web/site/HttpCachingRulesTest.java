package io.smtpatlas.web.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How request headers are read: which clients take gzip, which validators match. */
class HttpCachingRulesTest {

    @Test
    void gzipIsSentOnlyToClientsThatTakeIt() {
        assertTrue(HttpCaching.acceptsGzip("gzip, deflate, br"));
        assertTrue(HttpCaching.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertTrue(HttpCaching.acceptsGzip("*"));
        assertFalse(HttpCaching.acceptsGzip(null));
        assertFalse(HttpCaching.acceptsGzip("identity"));
        assertFalse(HttpCaching.acceptsGzip("gzip;q=0"));
        assertFalse(HttpCaching.acceptsGzip("gzip;q=0.0, br"));
        assertFalse(HttpCaching.acceptsGzip("gzip;q=nonsense"));
    }

    @Test
    void eitherTagOfTheBodyInAListMatches() {
        CachedBody body = CachedBody.of("<p>page</p>".getBytes(StandardCharsets.UTF_8), RenderedPages.HTML);
        assertTrue(HttpCaching.notModified(body.etag(), body));
        assertTrue(HttpCaching.notModified("\"other\", " + body.gzipEtag(), body));
        assertTrue(HttpCaching.notModified("W/" + body.etag(), body));
        assertTrue(HttpCaching.notModified("*", body));
        assertFalse(HttpCaching.notModified(null, body));
        assertFalse(HttpCaching.notModified("\"other\"", body));
    }

    @Test
    void theKeptBytesGiveBackTheRenderedPage() {
        byte[] page = "<p>Hộp thư đầy — 満杯</p>".repeat(50).getBytes(StandardCharsets.UTF_8);
        CachedBody body = CachedBody.of(page, RenderedPages.HTML);
        assertTrue(body.gzip().length() < page.length);
        assertTrue(java.util.Arrays.equals(page, body.identity()));
    }
}
