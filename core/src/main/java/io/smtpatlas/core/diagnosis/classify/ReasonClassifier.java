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
            String diagnostic,
            String context,
            String status,
            String replyCode,
            SmtpCommand command,
            boolean delayed,
            BounceReason hint) {
        BounceReason fromStatus = StatusReasons.ofStatus(status, command);
        if (status != null && isDecisive(status)) {
            return fromStatus;
        }
        BounceReason fromWords = PhraseRules.of(diagnostic);
        if (fromWords != null) {
            return adjust(fromWords, status, command, delayed);
        }
        if (fromStatus != null) {
            return fromStatus;
        }
        BounceReason fromContext = PhraseRules.of(context);
        if (fromContext != null) {
            return adjust(fromContext, status, command, delayed);
        }
        if (hint != null) {
            return hint;
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
        if (isGreetingStage(command)) {
            return BounceReason.BLOCKED;
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
            case "2.2", "3.4", "7.26", "7.25", "7.13", "1.6", "2.3", "3.1" -> true;
            default -> false;
        };
    }

    /**
     * What the step and the verdict add to the words: an unknown user reported after the message data was accepted
     * at RCPT is a filter's decision; a domain that cannot be found "for now" is a DNS failure, not a verdict.
     */
    private static BounceReason adjust(BounceReason reason, String status, SmtpCommand command, boolean delayed) {
        if (reason == BounceReason.USERUNKNOWN && (command == SmtpCommand.DATA || command == SmtpCommand.END_OF_DATA
                || status != null && (status.endsWith(".2.0") || status.substring(1).startsWith(".7.")))) {
            return BounceReason.FILTERED;
        }
        if (reason == BounceReason.HOSTUNKNOWN && delayed) {
            return BounceReason.NETWORKERROR;
        }
        if ((reason == BounceReason.REJECTED || reason == BounceReason.UNDEFINED) && isGreetingStage(command)) {
            return BounceReason.BLOCKED;
        }
        return reason;
    }

    /** Refused before any mail was named: the sending server itself was turned away. */
    private static boolean isGreetingStage(SmtpCommand command) {
        return command == SmtpCommand.CONNECTION || command == SmtpCommand.HELO || command == SmtpCommand.EHLO;
    }
}
