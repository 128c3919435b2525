package io.smtpatlas.core.diagnosis.text;

/** Which replies report a failure: 4xx and 5xx, not the 2xx and 3xx of a session that went on. */
public final class RepliesFilter {

    private RepliesFilter() {}

    public static boolean isFailure(String reply) {
        char replyClass = ReplyCodes.classOf(reply);
        return replyClass == '4' || replyClass == '5';
    }
}
