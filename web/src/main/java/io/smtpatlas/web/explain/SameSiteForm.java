package io.smtpatlas.web.explain;

import java.net.URI;
import java.util.Locale;

/**
 * Tells a post from our own explain form from one another site makes the reader's browser send.
 *
 * <p>Public pages set no cookie, so the explain form carries no CSRF token. It needs none against the usual harm
 * (the POST changes nothing and a cross-site page cannot read the answer), but an answer to a forged post would
 * still put a stranger's text on our page under our address. Browsers say where a post comes from: Sec-Fetch-Site
 * (every current browser) and Origin (every browser, on every POST). Refusing "cross-site" and any Origin that is
 * not this site stands in for the token; clients that send neither (curl, scripts) are not browsers and cannot be
 * forged by one.
 */
final class SameSiteForm {

    private SameSiteForm() {}

    /**
     * @param fetchSite the Sec-Fetch-Site header, or null
     * @param origin the Origin header, or null
     * @param host the Host header of the request, or null
     * @param baseUrl the site's canonical base URL
     */
    static boolean allows(String fetchSite, String origin, String host, String baseUrl) {
        if (fetchSite != null && fetchSite.strip().equalsIgnoreCase("cross-site")) {
            return false;
        }
        if (origin == null) {
            return true;
        }
        String authority = authorityOf(origin);
        return authority != null
                && (authority.equals(authorityOf(baseUrl))
                        || host != null && authority.equals(host.strip().toLowerCase(Locale.ROOT)));
    }

    /** "host:port" as written in an origin or base URL ("null" and garbage give null). */
    private static String authorityOf(String url) {
        try {
            URI uri = URI.create(url.strip());
            return uri.getScheme() == null || uri.getRawAuthority() == null
                    ? null
                    : uri.getRawAuthority().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
