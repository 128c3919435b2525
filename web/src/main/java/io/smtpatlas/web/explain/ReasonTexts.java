package io.smtpatlas.web.explain;

import io.smtpatlas.core.diagnosis.BounceReason;
import java.util.List;

/**
 * The reader's-language texts of each bounce reason: a label, one sentence on what happened and three steps.
 * A switch, so that a reason added to the enum without texts fails the build.
 */
final class ReasonTexts {

    record ReasonText(String label, String summary, List<String> steps) {}

    private ReasonTexts() {}

    static ReasonText of(ExplainMessages msg, BounceReason reason) {
        return switch (reason) {
            case USERUNKNOWN ->
                new ReasonText(
                        msg.explain_reason_userunknown_label(),
                        msg.explain_reason_userunknown_summary(),
                        List.of(
                                msg.explain_reason_userunknown_step1(),
                                msg.explain_reason_userunknown_step2(),
                                msg.explain_reason_userunknown_step3()));
            case HOSTUNKNOWN ->
                new ReasonText(
                        msg.explain_reason_hostunknown_label(),
                        msg.explain_reason_hostunknown_summary(),
                        List.of(
                                msg.explain_reason_hostunknown_step1(),
                                msg.explain_reason_hostunknown_step2(),
                                msg.explain_reason_hostunknown_step3()));
            case MAILBOXFULL ->
                new ReasonText(
                        msg.explain_reason_mailboxfull_label(),
                        msg.explain_reason_mailboxfull_summary(),
                        List.of(
                                msg.explain_reason_mailboxfull_step1(),
                                msg.explain_reason_mailboxfull_step2(),
                                msg.explain_reason_mailboxfull_step3()));
            case MESGTOOBIG ->
                new ReasonText(
                        msg.explain_reason_mesgtoobig_label(),
                        msg.explain_reason_mesgtoobig_summary(),
                        List.of(
                                msg.explain_reason_mesgtoobig_step1(),
                                msg.explain_reason_mesgtoobig_step2(),
                                msg.explain_reason_mesgtoobig_step3()));
            case EXCEEDLIMIT ->
                new ReasonText(
                        msg.explain_reason_exceedlimit_label(),
                        msg.explain_reason_exceedlimit_summary(),
                        List.of(
                                msg.explain_reason_exceedlimit_step1(),
                                msg.explain_reason_exceedlimit_step2(),
                                msg.explain_reason_exceedlimit_step3()));
            case FILTERED ->
                new ReasonText(
                        msg.explain_reason_filtered_label(),
                        msg.explain_reason_filtered_summary(),
                        List.of(
                                msg.explain_reason_filtered_step1(),
                                msg.explain_reason_filtered_step2(),
                                msg.explain_reason_filtered_step3()));
            case REJECTED ->
                new ReasonText(
                        msg.explain_reason_rejected_label(),
                        msg.explain_reason_rejected_summary(),
                        List.of(
                                msg.explain_reason_rejected_step1(),
                                msg.explain_reason_rejected_step2(),
                                msg.explain_reason_rejected_step3()));
            case BLOCKED ->
                new ReasonText(
                        msg.explain_reason_blocked_label(),
                        msg.explain_reason_blocked_summary(),
                        List.of(
                                msg.explain_reason_blocked_step1(),
                                msg.explain_reason_blocked_step2(),
                                msg.explain_reason_blocked_step3()));
            case SPAMDETECTED ->
                new ReasonText(
                        msg.explain_reason_spamdetected_label(),
                        msg.explain_reason_spamdetected_summary(),
                        List.of(
                                msg.explain_reason_spamdetected_step1(),
                                msg.explain_reason_spamdetected_step2(),
                                msg.explain_reason_spamdetected_step3()));
            case VIRUSDETECTED ->
                new ReasonText(
                        msg.explain_reason_virusdetected_label(),
                        msg.explain_reason_virusdetected_summary(),
                        List.of(
                                msg.explain_reason_virusdetected_step1(),
                                msg.explain_reason_virusdetected_step2(),
                                msg.explain_reason_virusdetected_step3()));
            case POLICYVIOLATION ->
                new ReasonText(
                        msg.explain_reason_policyviolation_label(),
                        msg.explain_reason_policyviolation_summary(),
                        List.of(
                                msg.explain_reason_policyviolation_step1(),
                                msg.explain_reason_policyviolation_step2(),
                                msg.explain_reason_policyviolation_step3()));
            case SECURITYERROR ->
                new ReasonText(
                        msg.explain_reason_securityerror_label(),
                        msg.explain_reason_securityerror_summary(),
                        List.of(
                                msg.explain_reason_securityerror_step1(),
                                msg.explain_reason_securityerror_step2(),
                                msg.explain_reason_securityerror_step3()));
            case AUTHFAILURE ->
                new ReasonText(
                        msg.explain_reason_authfailure_label(),
                        msg.explain_reason_authfailure_summary(),
                        List.of(
                                msg.explain_reason_authfailure_step1(),
                                msg.explain_reason_authfailure_step2(),
                                msg.explain_reason_authfailure_step3()));
            case REQUIREPTR ->
                new ReasonText(
                        msg.explain_reason_requireptr_label(),
                        msg.explain_reason_requireptr_summary(),
                        List.of(
                                msg.explain_reason_requireptr_step1(),
                                msg.explain_reason_requireptr_step2(),
                                msg.explain_reason_requireptr_step3()));
            case BADREPUTATION ->
                new ReasonText(
                        msg.explain_reason_badreputation_label(),
                        msg.explain_reason_badreputation_summary(),
                        List.of(
                                msg.explain_reason_badreputation_step1(),
                                msg.explain_reason_badreputation_step2(),
                                msg.explain_reason_badreputation_step3()));
            case NOTACCEPT ->
                new ReasonText(
                        msg.explain_reason_notaccept_label(),
                        msg.explain_reason_notaccept_summary(),
                        List.of(
                                msg.explain_reason_notaccept_step1(),
                                msg.explain_reason_notaccept_step2(),
                                msg.explain_reason_notaccept_step3()));
            case NORELAYING ->
                new ReasonText(
                        msg.explain_reason_norelaying_label(),
                        msg.explain_reason_norelaying_summary(),
                        List.of(
                                msg.explain_reason_norelaying_step1(),
                                msg.explain_reason_norelaying_step2(),
                                msg.explain_reason_norelaying_step3()));
            case NOTCOMPLIANTRFC ->
                new ReasonText(
                        msg.explain_reason_notcompliantrfc_label(),
                        msg.explain_reason_notcompliantrfc_summary(),
                        List.of(
                                msg.explain_reason_notcompliantrfc_step1(),
                                msg.explain_reason_notcompliantrfc_step2(),
                                msg.explain_reason_notcompliantrfc_step3()));
            case CONTENTERROR ->
                new ReasonText(
                        msg.explain_reason_contenterror_label(),
                        msg.explain_reason_contenterror_summary(),
                        List.of(
                                msg.explain_reason_contenterror_step1(),
                                msg.explain_reason_contenterror_step2(),
                                msg.explain_reason_contenterror_step3()));
            case SYNTAXERROR ->
                new ReasonText(
                        msg.explain_reason_syntaxerror_label(),
                        msg.explain_reason_syntaxerror_summary(),
                        List.of(
                                msg.explain_reason_syntaxerror_step1(),
                                msg.explain_reason_syntaxerror_step2(),
                                msg.explain_reason_syntaxerror_step3()));
            case EXPIRED ->
                new ReasonText(
                        msg.explain_reason_expired_label(),
                        msg.explain_reason_expired_summary(),
                        List.of(
                                msg.explain_reason_expired_step1(),
                                msg.explain_reason_expired_step2(),
                                msg.explain_reason_expired_step3()));
            case NETWORKERROR ->
                new ReasonText(
                        msg.explain_reason_networkerror_label(),
                        msg.explain_reason_networkerror_summary(),
                        List.of(
                                msg.explain_reason_networkerror_step1(),
                                msg.explain_reason_networkerror_step2(),
                                msg.explain_reason_networkerror_step3()));
            case SYSTEMERROR ->
                new ReasonText(
                        msg.explain_reason_systemerror_label(),
                        msg.explain_reason_systemerror_summary(),
                        List.of(
                                msg.explain_reason_systemerror_step1(),
                                msg.explain_reason_systemerror_step2(),
                                msg.explain_reason_systemerror_step3()));
            case SYSTEMFULL ->
                new ReasonText(
                        msg.explain_reason_systemfull_label(),
                        msg.explain_reason_systemfull_summary(),
                        List.of(
                                msg.explain_reason_systemfull_step1(),
                                msg.explain_reason_systemfull_step2(),
                                msg.explain_reason_systemfull_step3()));
            case TOOMANYCONN ->
                new ReasonText(
                        msg.explain_reason_toomanyconn_label(),
                        msg.explain_reason_toomanyconn_summary(),
                        List.of(
                                msg.explain_reason_toomanyconn_step1(),
                                msg.explain_reason_toomanyconn_step2(),
                                msg.explain_reason_toomanyconn_step3()));
            case SPEEDING ->
                new ReasonText(
                        msg.explain_reason_speeding_label(),
                        msg.explain_reason_speeding_summary(),
                        List.of(
                                msg.explain_reason_speeding_step1(),
                                msg.explain_reason_speeding_step2(),
                                msg.explain_reason_speeding_step3()));
            case SUSPEND ->
                new ReasonText(
                        msg.explain_reason_suspend_label(),
                        msg.explain_reason_suspend_summary(),
                        List.of(
                                msg.explain_reason_suspend_step1(),
                                msg.explain_reason_suspend_step2(),
                                msg.explain_reason_suspend_step3()));
            case HASMOVED ->
                new ReasonText(
                        msg.explain_reason_hasmoved_label(),
                        msg.explain_reason_hasmoved_summary(),
                        List.of(
                                msg.explain_reason_hasmoved_step1(),
                                msg.explain_reason_hasmoved_step2(),
                                msg.explain_reason_hasmoved_step3()));
            case MAILERERROR ->
                new ReasonText(
                        msg.explain_reason_mailererror_label(),
                        msg.explain_reason_mailererror_summary(),
                        List.of(
                                msg.explain_reason_mailererror_step1(),
                                msg.explain_reason_mailererror_step2(),
                                msg.explain_reason_mailererror_step3()));
            case ONHOLD ->
                new ReasonText(
                        msg.explain_reason_onhold_label(),
                        msg.explain_reason_onhold_summary(),
                        List.of(
                                msg.explain_reason_onhold_step1(),
                                msg.explain_reason_onhold_step2(),
                                msg.explain_reason_onhold_step3()));
            case FAILEDSTARTTLS ->
                new ReasonText(
                        msg.explain_reason_failedstarttls_label(),
                        msg.explain_reason_failedstarttls_summary(),
                        List.of(
                                msg.explain_reason_failedstarttls_step1(),
                                msg.explain_reason_failedstarttls_step2(),
                                msg.explain_reason_failedstarttls_step3()));
            case UNDEFINED ->
                new ReasonText(
                        msg.explain_reason_undefined_label(),
                        msg.explain_reason_undefined_summary(),
                        List.of(
                                msg.explain_reason_undefined_step1(),
                                msg.explain_reason_undefined_step2(),
                                msg.explain_reason_undefined_step3()));
            case DELIVERED ->
                new ReasonText(
                        msg.explain_reason_delivered_label(),
                        msg.explain_reason_delivered_summary(),
                        List.of(
                                msg.explain_reason_delivered_step1(),
                                msg.explain_reason_delivered_step2(),
                                msg.explain_reason_delivered_step3()));
            case FEEDBACK ->
                new ReasonText(
                        msg.explain_reason_feedback_label(),
                        msg.explain_reason_feedback_summary(),
                        List.of(
                                msg.explain_reason_feedback_step1(),
                                msg.explain_reason_feedback_step2(),
                                msg.explain_reason_feedback_step3()));
            case VACATION ->
                new ReasonText(
                        msg.explain_reason_vacation_label(),
                        msg.explain_reason_vacation_summary(),
                        List.of(
                                msg.explain_reason_vacation_step1(),
                                msg.explain_reason_vacation_step2(),
                                msg.explain_reason_vacation_step3()));
        };
    }
}
