package io.smtpatlas.web.site;

import java.nio.charset.StandardCharsets;

/** Characters a cookie value may hold (RFC 6265 cookie-octet), and a URI rewritten to hold only those. */
final class CookieSafe {

    private CookieSafe() {}

    static boolean isSafe(String value) {
        return value.chars().allMatch(CookieSafe::isCookieOctet);
    }

    /** The same URI with every character outside cookie-octet percent-encoded: {@code /admin?x=a,b} keeps its meaning. */
    static String encode(String uri) {
        StringBuilder out = new StringBuilder(uri.length() + 16);
        for (byte b : uri.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isCookieOctet(c)) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isCookieOctet(int c) {
        return c == 0x21
                || (c >= 0x23 && c <= 0x2b)
                || (c >= 0x2d && c <= 0x3a)
                || (c >= 0x3c && c <= 0x5b)
                || (c >= 0x5d && c <= 0x7e);
    }
}
