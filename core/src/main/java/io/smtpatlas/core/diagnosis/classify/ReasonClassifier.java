package io.smtpatlas.core.diagnosis.classify;

import io.smtpatlas.core.code.SmtpCommand;
import io.smtpatlas.core.diagnosis.BounceReason;

/**
 * Chooses a failure's reason: from the server's own words first, then from the human text around them, then from
 * the enhanced status code, then from the reply code and the SMTP step.
 */
public final class ReasonClassifier {

    private ReasonClassifier() {}

    public static BounceReason classify(
            String diagnostic, String context, String status, String replyCode, SmtpCommand command, boolean delayed) {
        BounceReason fromStatus = StatusReasons.ofStatus(status, command);
        if (status != null && isDecisive(status)) {
            return fromStatus;
        }
        BounceReason fromWords = PhraseRules.of(diagnostic);
        if (fromWords != null) {
            return adjust(fromWords, command, delayed);
        }
        if (fromStatus != null) {
            return fromStatus;
        }
        BounceReason fromContext = PhraseRules.of(context);
        if (fromContext != null) {
            return adjust(fromContext, command, delayed);
        }
        BounceReason fromReply = StatusReasons.ofReply(replyCode, command);
        if (fromReply != null) {
            return fromReply;
        }
        if (delayed) {
            return BounceReason.EXPIRED;
        }
        if (command == SmtpCommand.MAIL) {
            return BounceReason.REJECTED;
        }
        if (command == SmtpCommand.RCPT && replyCode != null && replyCode.startsWith("5")) {
            return BounceReason.USERUNKNOWN;
        }
        return BounceReason.UNDEFINED;
    }

    /** Codes whose meaning no wording changes: a full mailbox is a full mailbox whatever the server adds. */
    private static boolean isDecisive(String status) {
        String subjectDetail = status.substring(status.indexOf('.') + 1);
        return switch (subjectDetail) {
            case "2.2", "3.4", "7.26", "7.25", "1.10", "7.13", "1.6", "2.3" -> true;
            default -> false;
        };
    }

    private static BounceReason adjust(BounceReason reason, SmtpCommand command, boolean delayed) {
        return reason;
    }
}
