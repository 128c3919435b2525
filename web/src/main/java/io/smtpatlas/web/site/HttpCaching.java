package io.smtpatlas.web.site;

import java.util.Locale;

/**
 * How public responses are cached by browsers and shared caches: five minutes fresh, then served stale for a day
 * while the cache revalidates with the ETag (a 304 costs no body).
 */
public final class HttpCaching {

    public static final String PUBLIC = "public, max-age=300, stale-while-revalidate=86400";
    /** Fingerprinted static files: the name changes when the bytes do. */
    /** Kept bodies are sent gzip-compressed or not depending on this request header. */
    static final String VARY = "Accept-Encoding";

    public static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private HttpCaching() {}

    /** Whether {@code If-None-Match} names one of the body's tags (or "*"). */
    static boolean notModified(String ifNoneMatch, CachedBody body) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("*") || candidate.equals(body.etag()) || candidate.equals(body.gzipEtag())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the client takes gzip: named (or "*") without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].trim();
            if (coding.equals("gzip") || coding.equals("*")) {
                return !refused(pieces);
            }
        }
        return false;
    }

    private static boolean refused(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim()) == 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
