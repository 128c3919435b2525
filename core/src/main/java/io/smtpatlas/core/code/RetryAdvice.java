package io.smtpatlas.core.code;

/** What a client should do next, which follows from the reply class. */
public enum RetryAdvice {
    /** 2xx: the action is done. */
    NOTHING_TO_RETRY,
    /** 3xx: send the next part (message body, AUTH response). */
    CONTINUE,
    /** 4xx: the same request may succeed later; queue and retry. */
    RETRY_LATER,
    /** 5xx: repeating the same request will fail; change something first. */
    DO_NOT_RETRY_UNCHANGED
}
