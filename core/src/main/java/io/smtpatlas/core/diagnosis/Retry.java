package io.smtpatlas.core.diagnosis;

import java.util.Locale;

/** Whether the sending server will try again: the verdict a reader needs first. */
public enum Retry {
    /** A 5xx failure: the sending server gave up; resending unchanged fails again. */
    PERMANENT,
    /** A 4xx failure or a delay: the sending server keeps the message and retries. */
    TEMPORARY,
    /** Not a failure (delivered, feedback report, auto-reply). */
    NONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
