package io.smtpatlas.core.compare;

/** The facts a comparison looks at, in the order pages list them. */
public enum Aspect {
    /** Basic reply code or enhanced status code. */
    KIND,
    /** 2xx, 3xx, 4xx or 5xx (2, 4 or 5 for enhanced codes). */
    CLASS,
    /** Whether and when the client should retry. */
    RETRY,
    /** What the code is about (second digit, or enhanced subject). */
    SUBJECT,
    /** The commands that can receive the code. */
    COMMANDS
}
