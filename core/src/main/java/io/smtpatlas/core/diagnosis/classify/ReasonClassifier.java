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
            BounceReason hint,
            boolean filteringGateway) {
        BounceReason reason = classify(diagnostic, context, status, replyCode, command, delayed, hint);
        String subjectDetail = status == null ? "" : status.substring(status.indexOf('.') + 1);
        if (reason == BounceReason.USERUNKNOWN && filteringGateway && !subjectDetail.startsWith("1.")) {
            return BounceReason.FILTERED;
        }
        return reason;
    }

    private static BounceReason classify(
            String diagnostic,
            String context,
            String status,
            String replyCode,
            SmtpCommand command,
            boolean delayed,
            BounceReason hint) {
        BounceReason fromStatus = StatusReasons.ofStatus(status, command);
        if (delayed && status != null && (status.equals("4.4.0") || status.equals("4.4.1") || status.equals("4.4.2"))) {
            // Could not reach the host yet: the message waits in the queue until it expires.
            fromStatus = BounceReason.EXPIRED;
        }
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
        if (hint != null && diagnostic == null) {
            return hint;
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
        if (reason == BounceReason.USERUNKNOWN && isFilterVerdict(status, command)) {
            return BounceReason.FILTERED;
        }
        if (reason == BounceReason.HOSTUNKNOWN && delayed) {
            return BounceReason.NETWORKERROR;
        }
        if ((reason == BounceReason.USERUNKNOWN || reason == BounceReason.HOSTUNKNOWN) && command == SmtpCommand.MAIL) {
            // An unknown address or domain named at MAIL FROM is the sender's.
            return BounceReason.REJECTED;
        }
        if (reason == BounceReason.BLOCKED && command == SmtpCommand.MAIL) {
            // Refused at MAIL FROM: the sender (address or domain) was turned away, not the connection.
            return BounceReason.REJECTED;
        }
        if ((reason == BounceReason.REJECTED || reason == BounceReason.UNDEFINED) && isGreetingStage(command)) {
            return BounceReason.BLOCKED;
        }
        return reason;
    }

    /**
     * "Unknown user" that is a filter's verdict: given after the message data (the address was accepted at RCPT
     * TO), or under a status that is no addressing status (X.2.0, or X.7.x outside RCPT TO).
     */
    private static boolean isFilterVerdict(String status, SmtpCommand command) {
        String subjectDetail = status == null ? "" : status.substring(status.indexOf('.') + 1);
        boolean afterData = command == SmtpCommand.DATA || command == SmtpCommand.END_OF_DATA;
        return afterData && !subjectDetail.startsWith("1.")
                || subjectDetail.equals("2.0")
                || subjectDetail.startsWith("7.") && command != SmtpCommand.RCPT;
    }

    /** Refused before any mail was named: the sending server itself was turned away. */
    private static boolean isGreetingStage(SmtpCommand command) {
        return command == SmtpCommand.CONNECTION || command == SmtpCommand.HELO || command == SmtpCommand.EHLO;
    }
}
