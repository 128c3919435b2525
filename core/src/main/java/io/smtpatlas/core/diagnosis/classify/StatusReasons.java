package io.smtpatlas.core.diagnosis.classify;

import io.smtpatlas.core.code.SmtpCommand;
import io.smtpatlas.core.diagnosis.BounceReason;
import java.util.Map;

/**
 * The reason an enhanced status code (RFC 3463) or a basic reply code (RFC 5321) stands for, used when the
 * server's words match no phrase rule. Only subjects and details whose meaning is settled are listed.
 */
final class StatusReasons {

    private static final Map<String, BounceReason> BY_SUBJECT_DETAIL = Map.ofEntries(
            Map.entry("1.1", BounceReason.USERUNKNOWN),
            Map.entry("1.2", BounceReason.HOSTUNKNOWN),
            Map.entry("1.3", BounceReason.USERUNKNOWN),
            Map.entry("1.4", BounceReason.USERUNKNOWN),
            Map.entry("1.5", BounceReason.USERUNKNOWN),
            Map.entry("1.6", BounceReason.HASMOVED),
            Map.entry("1.7", BounceReason.REJECTED),
            Map.entry("1.8", BounceReason.REJECTED),
            Map.entry("1.10", BounceReason.NOTACCEPT),
            Map.entry("2.1", BounceReason.SUSPEND),
            Map.entry("2.2", BounceReason.MAILBOXFULL),
            Map.entry("2.3", BounceReason.EXCEEDLIMIT),
            Map.entry("2.4", BounceReason.SYSTEMERROR),
            Map.entry("3.0", BounceReason.SYSTEMERROR),
            Map.entry("3.1", BounceReason.SYSTEMFULL),
            Map.entry("3.2", BounceReason.NOTACCEPT),
            Map.entry("3.3", BounceReason.SYSTEMERROR),
            Map.entry("3.4", BounceReason.MESGTOOBIG),
            Map.entry("3.5", BounceReason.SYSTEMERROR),
            Map.entry("4.0", BounceReason.NETWORKERROR),
            Map.entry("4.1", BounceReason.NETWORKERROR),
            Map.entry("4.2", BounceReason.NETWORKERROR),
            Map.entry("4.3", BounceReason.SYSTEMERROR),
            Map.entry("4.4", BounceReason.HOSTUNKNOWN),
            Map.entry("4.5", BounceReason.NETWORKERROR),
            Map.entry("4.6", BounceReason.NETWORKERROR),
            Map.entry("4.7", BounceReason.EXPIRED),
            Map.entry("5.0", BounceReason.SYNTAXERROR),
            Map.entry("5.1", BounceReason.SYNTAXERROR),
            Map.entry("5.2", BounceReason.SYNTAXERROR),
            Map.entry("5.3", BounceReason.EXCEEDLIMIT),
            Map.entry("5.4", BounceReason.SYNTAXERROR),
            Map.entry("5.5", BounceReason.SYNTAXERROR),
            Map.entry("6.0", BounceReason.CONTENTERROR),
            Map.entry("6.1", BounceReason.CONTENTERROR),
            Map.entry("6.2", BounceReason.CONTENTERROR),
            Map.entry("6.3", BounceReason.CONTENTERROR),
            Map.entry("6.4", BounceReason.CONTENTERROR),
            Map.entry("6.5", BounceReason.CONTENTERROR),
            Map.entry("7.1", BounceReason.REJECTED),
            Map.entry("7.2", BounceReason.POLICYVIOLATION),
            Map.entry("7.3", BounceReason.SECURITYERROR),
            Map.entry("7.4", BounceReason.SECURITYERROR),
            Map.entry("7.5", BounceReason.SECURITYERROR),
            Map.entry("7.6", BounceReason.SECURITYERROR),
            Map.entry("7.7", BounceReason.SECURITYERROR),
            Map.entry("7.8", BounceReason.SECURITYERROR),
            Map.entry("7.9", BounceReason.SECURITYERROR),
            Map.entry("7.10", BounceReason.FAILEDSTARTTLS),
            Map.entry("7.11", BounceReason.FAILEDSTARTTLS),
            Map.entry("7.13", BounceReason.SUSPEND),
            Map.entry("7.14", BounceReason.SECURITYERROR),
            Map.entry("7.15", BounceReason.SECURITYERROR),
            Map.entry("7.16", BounceReason.MESGTOOBIG),
            Map.entry("7.17", BounceReason.HASMOVED),
            Map.entry("7.18", BounceReason.HASMOVED),
            Map.entry("7.19", BounceReason.HASMOVED),
            Map.entry("7.20", BounceReason.AUTHFAILURE),
            Map.entry("7.21", BounceReason.AUTHFAILURE),
            Map.entry("7.22", BounceReason.AUTHFAILURE),
            Map.entry("7.23", BounceReason.AUTHFAILURE),
            Map.entry("7.24", BounceReason.AUTHFAILURE),
            Map.entry("7.25", BounceReason.REQUIREPTR),
            Map.entry("7.26", BounceReason.AUTHFAILURE),
            Map.entry("7.27", BounceReason.NOTACCEPT),
            Map.entry("7.28", BounceReason.SPAMDETECTED),
            Map.entry("7.29", BounceReason.AUTHFAILURE),
            Map.entry("7.30", BounceReason.AUTHFAILURE));

    private StatusReasons() {}

    /** The reason of an enhanced status code, or null when its detail says nothing settled (X.0.0, X.7.0). */
    static BounceReason ofStatus(String status, SmtpCommand command) {
        if (status == null) {
            return null;
        }
        String subjectDetail = status.substring(status.indexOf('.') + 1);
        if (subjectDetail.equals("7.1") && command == SmtpCommand.RCPT) {
            return BounceReason.FILTERED;
        }
        return BY_SUBJECT_DETAIL.get(subjectDetail);
    }

    /** The reason of a basic reply code alone, or null. */
    static BounceReason ofReply(String reply, SmtpCommand command) {
        if (reply == null) {
            return null;
        }
        return switch (reply) {
            case "500", "501", "502", "503", "504" -> BounceReason.SYNTAXERROR;
            case "421" -> BounceReason.SYSTEMERROR;
            case "452", "552" ->
                command == SmtpCommand.RCPT || command == null ? BounceReason.MAILBOXFULL : BounceReason.MESGTOOBIG;
            case "551" -> BounceReason.HASMOVED;
            case "553" -> BounceReason.USERUNKNOWN;
            case "521", "556" -> BounceReason.NOTACCEPT;
            case "550" -> command == SmtpCommand.RCPT ? BounceReason.USERUNKNOWN : null;
            case "554" -> BounceReason.REJECTED;
            default -> null;
        };
    }
}
