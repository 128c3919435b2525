package io.smtpatlas.core.diagnosis;

import java.util.List;
import java.util.Optional;

/**
 * A pasted text after MIME decoding, free of any mail library: the top-level header fields and the leaf parts in
 * order, each already decoded to text (transfer encoding and charset undone). A text that is not MIME at all is
 * one {@code text/plain} part with no headers.
 *
 * @param headers the top-level header fields, unfolded, in order
 * @param parts the leaf parts in document order; nested {@code message/rfc822} parts are included as one part
 *     of that type holding the returned message's text
 */
public record MailMessage(List<Header> headers, List<Part> parts) {

    public MailMessage {
        headers = List.copyOf(headers);
        parts = List.copyOf(parts);
    }

    /** A header field, name as written, value unfolded and decoded (RFC 2047 words decoded). */
    public record Header(String name, String value) {}

    /**
     * One leaf part.
     *
     * @param mimeType lower-case "type/subtype" ("message/delivery-status", "text/plain")
     * @param headers the part's own header fields
     * @param text the decoded content
     */
    public record Part(String mimeType, List<Header> headers, String text) {
        public Part {
            headers = List.copyOf(headers);
        }
    }

    /** A plain pasted text: no headers, one text part. */
    public static MailMessage plainText(String text) {
        return new MailMessage(List.of(), List.of(new Part("text/plain", List.of(), text)));
    }

    /** The first top-level header of that name (case-insensitive). */
    public Optional<String> header(String name) {
        for (Header header : headers) {
            if (header.name().equalsIgnoreCase(name)) {
                return Optional.of(header.value());
            }
        }
        return Optional.empty();
    }
}
