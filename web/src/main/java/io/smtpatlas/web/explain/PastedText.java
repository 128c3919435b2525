package io.smtpatlas.web.explain;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** The limits of what the explainer reads, checked before any work is done. */
final class PastedText {

    /** A bounce with its headers and delivery report is a few KB; a whole returned message rarely passes 1 MB. */
    static final int MAX_BYTES = 1024 * 1024;

    private PastedText() {}

    /** The body as sent, or a 400 when it is empty and a 413 when it is larger than {@value #MAX_BYTES} bytes. */
    static byte[] check(byte[] body) {
        if (body == null || body.length == 0 || isBlank(body)) {
            throw new BadRequestException("The body is empty: send the bounce message, SMTP reply or log line as"
                    + " text/plain or message/rfc822.");
        }
        if (body.length > MAX_BYTES) {
            throw tooLarge(body.length);
        }
        return body;
    }

    static WebApplicationException tooLarge(int length) {
        // The message names sizes only, never content: error paths must not echo what was pasted.
        return new WebApplicationException(
                "The body is " + length + " bytes; the explainer reads up to " + MAX_BYTES
                        + " bytes (1 MB). Send the bounce without the returned message.",
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
