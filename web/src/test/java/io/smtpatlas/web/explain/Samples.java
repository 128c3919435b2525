package io.smtpatlas.web.explain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Bounces written for these tests (test resources explain/*.eml). */
final class Samples {

    static final String GMAIL_USER_UNKNOWN = "gmail-user-unknown.eml";
    static final String THREE_RECIPIENTS = "postfix-three-recipients.eml";

    private Samples() {}

    static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/explain/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The body a browser sends for the explain form (enctype text/plain, one field "text"). */
    static byte[] formBody(String text) {
        return ("text=" + text.replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
