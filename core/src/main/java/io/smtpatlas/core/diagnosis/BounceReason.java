package io.smtpatlas.core.diagnosis;

import java.util.Locale;

/**
 * Why a message was not delivered, in the vocabulary bounce processors commonly use. The last three are not
 * failures: a delivery notice, a feedback (abuse) report and an auto-reply.
 */
public enum BounceReason {
    USERUNKNOWN,
    HOSTUNKNOWN,
    MAILBOXFULL,
    MESGTOOBIG,
    EXCEEDLIMIT,
    FILTERED,
    REJECTED,
    BLOCKED,
    SPAMDETECTED,
    VIRUSDETECTED,
    POLICYVIOLATION,
    SECURITYERROR,
    AUTHFAILURE,
    REQUIREPTR,
    BADREPUTATION,
    NOTACCEPT,
    NORELAYING,
    NOTCOMPLIANTRFC,
    CONTENTERROR,
    SYNTAXERROR,
    EXPIRED,
    NETWORKERROR,
    SYSTEMERROR,
    SYSTEMFULL,
    TOOMANYCONN,
    SPEEDING,
    SUSPEND,
    HASMOVED,
    MAILERERROR,
    ONHOLD,
    FAILEDSTARTTLS,
    UNDEFINED,
    DELIVERED,
    FEEDBACK,
    VACATION;

    /** The name used in the API and in message keys: "userunknown". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the reasons that describe a message that was not delivered. */
    public boolean isFailure() {
        return this != DELIVERED && this != FEEDBACK && this != VACATION;
    }

    public static BounceReason ofId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
