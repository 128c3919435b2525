package io.smtpatlas.core.code;

/** The class of a reply: the first digit of a basic code (RFC 5321 §4.2.1) or of an enhanced code (RFC 3463 §3). */
public enum ReplyClass {
    POSITIVE_COMPLETION(2, RetryAdvice.NOTHING_TO_RETRY),
    POSITIVE_INTERMEDIATE(3, RetryAdvice.CONTINUE),
    TRANSIENT_NEGATIVE(4, RetryAdvice.RETRY_LATER),
    PERMANENT_NEGATIVE(5, RetryAdvice.DO_NOT_RETRY_UNCHANGED);

    private final int digit;
    private final RetryAdvice retryAdvice;

    ReplyClass(int digit, RetryAdvice retryAdvice) {
        this.digit = digit;
        this.retryAdvice = retryAdvice;
    }

    public int digit() {
        return digit;
    }

    public RetryAdvice retryAdvice() {
        return retryAdvice;
    }

    /** True for 2xx and 3xx: the server did or is doing what was asked. */
    public boolean isPositive() {
        return digit <= 3;
    }

    /** True for 5xx only: repeating the same request unchanged will fail again. */
    public boolean isPermanent() {
        return this == PERMANENT_NEGATIVE;
    }

    public static ReplyClass ofDigit(int digit) {
        for (ReplyClass replyClass : values()) {
            if (replyClass.digit == digit) {
                return replyClass;
            }
        }
        throw new IllegalArgumentException("No SMTP reply class starts with " + digit);
    }
}
