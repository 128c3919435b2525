package io.smtpatlas.web.site;

import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered response body as it is kept: gzip-compressed once (most clients take it as it is), with the strong
 * ETag of the uncompressed bytes. The gzip representation has its own tag, as a strong validator must.
 */
record CachedBody(Buffer gzip, int length, String contentType, String etag) {

    /** Bytes this entry holds in memory, roughly: the body, its tags and the object headers. */
    int weight() {
        return gzip.length() + 2 * etag.length() + contentType.length() + 128;
    }

    String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    static CachedBody of(byte[] body, String contentType) {
        return new CachedBody(Buffer.buffer(gzip(body)), body.length, contentType, etagOf(body));
    }

    byte[] identity() {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.getBytes()))) {
            return in.readNBytes(length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
