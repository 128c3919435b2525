package io.smtpatlas.web.code;

import io.smtpatlas.core.code.Advice;
import io.smtpatlas.core.code.FixFamily;
import io.smtpatlas.core.code.NextStep;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.web.i18n.AdviceTexts;
import io.smtpatlas.web.i18n.AppMessages;
import java.util.List;
import java.util.Locale;

/**
 * The "what to do" box of a code: the verdict badge, the first concrete steps of the code's family, how retries
 * work (4xx codes whose message waits in a queue) and, for delivery failures, whether a bulk sender should
 * suppress the address.
 */
public record AdviceView(
        String verdict, String badge, List<String> steps, String next, boolean explainsRetries, String bulkNote) {

    public static AdviceView of(SmtpCode code, Advice advice, AppMessages msg) {
        NextStep step = advice.nextStep();
        return new AdviceView(
                step.verdict().name().toLowerCase(Locale.ROOT),
                AdviceTexts.badge(msg, step),
                AdviceTexts.steps(msg, advice.family()),
                AdviceTexts.next(msg, step, code.id()),
                step == NextStep.QUEUE_AND_RETRY,
                bulkNote(code, advice, msg));
    }

    public String firstStep() {
        return steps.get(0);
    }

    /**
     * Hard or soft bounce, for the codes that end a delivery attempt. Submission and session problems (AUTH,
     * protocol, ETRN) are not bounces a list manager sees, so they get no note.
     */
    private static String bulkNote(SmtpCode code, Advice advice, AppMessages msg) {
        FixFamily family = advice.family();
        boolean submission = switch (family) {
            case AUTHENTICATION,
                    PASSWORD_TRANSITION,
                    CLIENT_PROTOCOL,
                    REMOTE_QUEUE,
                    PRIORITY,
                    SUCCESS,
                    INTERMEDIATE,
                    GENERIC -> true;
            default -> false;
        };
        if (submission || code.replyClass().isPositive()) {
            return "";
        }
        if (!code.replyClass().isPermanent()) {
            return advice.nextStep() == NextStep.QUEUE_AND_RETRY ? msg.bounce_SOFT() : "";
        }
        return switch (family) {
            case RECIPIENT_ADDRESS, SERVICE_REFUSED, MAILBOX, OWNER_CHANGED -> msg.bounce_HARD();
            case MAILBOX_OR_POLICY -> msg.bounce_MIXED();
            default -> msg.bounce_SENDER();
        };
    }
}
