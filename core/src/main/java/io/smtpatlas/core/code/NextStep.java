package io.smtpatlas.core.code;

/**
 * What the client should do after a reply, chosen per situation rather than per class alone: a 4xx to ETRN has no
 * message to keep, retrying a 432 cannot help until the user logs in once, and 4.5.3 means "split the recipients
 * now". Each code's step comes from the fact table {@code next-steps.tsv} (with its source) or from its class.
 */
public enum NextStep {
    /** 2xx: the request was carried out. */
    DONE(Verdict.SUCCESS),
    /** 3xx: the server waits for the next part (message body, AUTH response). */
    CONTINUE(Verdict.CONTINUE),
    /** 4xx in a mail transaction: the sending server keeps the message and retries (RFC 5321 §4.5.4.1). */
    QUEUE_AND_RETRY(Verdict.TEMPORARY),
    /** 4xx to ETRN or ATRN: no message is involved; the client sends the command again later. */
    REPEAT_COMMAND_LATER(Verdict.TEMPORARY),
    /** 4xx that repeats until someone changes something (432 and 4.7.12, 459): retrying alone cannot help. */
    FIX_BEFORE_RETRY(Verdict.TEMPORARY),
    /** 4.5.3: finish with the accepted recipients and send the rest in a new transaction now. */
    SPLIT_RECIPIENTS(Verdict.TEMPORARY),
    /** 5xx: the client SHOULD NOT repeat the exact request unchanged (RFC 5321 §4.2.1). */
    DO_NOT_REPEAT_UNCHANGED(Verdict.PERMANENT),
    /** 5.4.x: the route or connection failed, not the request: resend once the path is repaired. */
    RESEND_AFTER_PATH_FIXED(Verdict.PERMANENT);

    /** The colour of the verdict badge: what kind of answer the reader holds. */
    public enum Verdict {
        SUCCESS,
        CONTINUE,
        TEMPORARY,
        PERMANENT
    }

    private final Verdict verdict;

    NextStep(Verdict verdict) {
        this.verdict = verdict;
    }

    public Verdict verdict() {
        return verdict;
    }

    /** The step that follows from the class alone, when no fact table row is more precise. */
    public static NextStep ofClass(ReplyClass replyClass) {
        return switch (replyClass) {
            case POSITIVE_COMPLETION -> DONE;
            case POSITIVE_INTERMEDIATE -> CONTINUE;
            case TRANSIENT_NEGATIVE -> QUEUE_AND_RETRY;
            case PERMANENT_NEGATIVE -> DO_NOT_REPEAT_UNCHANGED;
        };
    }
}
