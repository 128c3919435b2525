package io.smtpatlas.core.diagnosis;

import java.util.Locale;

/** What a pasted text is, as a whole. */
public enum MessageKind {
    /** A non-delivery report, a delay notice, an SMTP transcript or a log line with failures. */
    BOUNCE,
    /** A delivery status notification that reports success only. */
    DELIVERED,
    /** An abuse or feedback report (ARF, RFC 5965). */
    FEEDBACK,
    /** An auto-reply (RFC 3834): vacation or out-of-office. */
    VACATION,
    /** Nothing recognisable as a bounce, a code or a reply line. */
    UNRECOGNIZED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
