package io.smtpatlas.web.explain;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the bounce explainer (its page, the API's texts, the search page's diagnosis card, the header and
 * home page links to it), in messages/explain_{locale}.properties; templates use them as {explain:key}.
 * A bundle of its own: Qute 3.31 generates a broken resolver for a bundle of more than 300 messages, and these
 * would take the site's bundle past that. Java code reads them through {@link ExplainTexts}.
 */
@MessageBundle(value = "explain", locale = "en")
public interface ExplainMessages {

    @Message
    String explain_form_title();

    @Message
    String explain_form_description();

    @Message
    String explain_form_heading();

    @Message
    String explain_form_intro();

    @Message
    String explain_form_label();

    @Message
    String explain_form_button();

    @Message
    String explain_form_privacy();

    @Message
    String explain_form_hint();

    @Message
    String explain_nav();

    @Message
    String explain_home_cta();

    @Message
    String explain_home_link();

    @Message
    String explain_result_title();

    @Message
    String explain_result_heading();

    @Message
    String explain_summary_failed(int failed, int total, int permanent, int temporary);

    @Message
    String explain_summary_recipients(int count);

    @Message
    String explain_verdict_permanent();

    @Message
    String explain_verdict_temporary();

    @Message
    String explain_verdict_none();

    @Message
    String explain_what_to_do();

    @Message
    String explain_provider_heading(String provider);

    @Message
    String explain_field_recipient();

    @Message
    String explain_field_status();

    @Message
    String explain_field_reply();

    @Message
    String explain_field_compare();

    @Message
    String explain_compare_link(String a, String b);

    @Message
    String explain_field_remote();

    @Message
    String explain_field_stage();

    @Message
    String explain_stage(String command);

    @Message
    String explain_field_diagnostic();

    @Message
    String explain_recipient_unnamed();

    @Message
    String explain_unrecognized_heading();

    @Message
    String explain_unrecognized_text();

    @Message
    String explain_unrecognized_codes();

    @Message
    String explain_empty();

    @Message
    String explain_too_large_heading();

    @Message
    String explain_too_large_text();

    @Message
    String explain_refused_heading();

    @Message
    String explain_refused_text();
    // One label, one sentence and three steps per bounce reason, picked by ReasonTexts
    @Message
    String explain_reason_userunknown_label();

    @Message
    String explain_reason_userunknown_summary();

    @Message
    String explain_reason_userunknown_step1();

    @Message
    String explain_reason_userunknown_step2();

    @Message
    String explain_reason_userunknown_step3();

    @Message
    String explain_reason_hostunknown_label();

    @Message
    String explain_reason_hostunknown_summary();

    @Message
    String explain_reason_hostunknown_step1();

    @Message
    String explain_reason_hostunknown_step2();

    @Message
    String explain_reason_hostunknown_step3();

    @Message
    String explain_reason_mailboxfull_label();

    @Message
    String explain_reason_mailboxfull_summary();

    @Message
    String explain_reason_mailboxfull_step1();

    @Message
    String explain_reason_mailboxfull_step2();

    @Message
    String explain_reason_mailboxfull_step3();

    @Message
    String explain_reason_mesgtoobig_label();

    @Message
    String explain_reason_mesgtoobig_summary();

    @Message
    String explain_reason_mesgtoobig_step1();

    @Message
    String explain_reason_mesgtoobig_step2();

    @Message
    String explain_reason_mesgtoobig_step3();

    @Message
    String explain_reason_exceedlimit_label();

    @Message
    String explain_reason_exceedlimit_summary();

    @Message
    String explain_reason_exceedlimit_step1();

    @Message
    String explain_reason_exceedlimit_step2();

    @Message
    String explain_reason_exceedlimit_step3();

    @Message
    String explain_reason_filtered_label();

    @Message
    String explain_reason_filtered_summary();

    @Message
    String explain_reason_filtered_step1();

    @Message
    String explain_reason_filtered_step2();

    @Message
    String explain_reason_filtered_step3();

    @Message
    String explain_reason_rejected_label();

    @Message
    String explain_reason_rejected_summary();

    @Message
    String explain_reason_rejected_step1();

    @Message
    String explain_reason_rejected_step2();

    @Message
    String explain_reason_rejected_step3();

    @Message
    String explain_reason_blocked_label();

    @Message
    String explain_reason_blocked_summary();

    @Message
    String explain_reason_blocked_step1();

    @Message
    String explain_reason_blocked_step2();

    @Message
    String explain_reason_blocked_step3();

    @Message
    String explain_reason_spamdetected_label();

    @Message
    String explain_reason_spamdetected_summary();

    @Message
    String explain_reason_spamdetected_step1();

    @Message
    String explain_reason_spamdetected_step2();

    @Message
    String explain_reason_spamdetected_step3();

    @Message
    String explain_reason_virusdetected_label();

    @Message
    String explain_reason_virusdetected_summary();

    @Message
    String explain_reason_virusdetected_step1();

    @Message
    String explain_reason_virusdetected_step2();

    @Message
    String explain_reason_virusdetected_step3();

    @Message
    String explain_reason_policyviolation_label();

    @Message
    String explain_reason_policyviolation_summary();

    @Message
    String explain_reason_policyviolation_step1();

    @Message
    String explain_reason_policyviolation_step2();

    @Message
    String explain_reason_policyviolation_step3();

    @Message
    String explain_reason_securityerror_label();

    @Message
    String explain_reason_securityerror_summary();

    @Message
    String explain_reason_securityerror_step1();

    @Message
    String explain_reason_securityerror_step2();

    @Message
    String explain_reason_securityerror_step3();

    @Message
    String explain_reason_authfailure_label();

    @Message
    String explain_reason_authfailure_summary();

    @Message
    String explain_reason_authfailure_step1();

    @Message
    String explain_reason_authfailure_step2();

    @Message
    String explain_reason_authfailure_step3();

    @Message
    String explain_reason_requireptr_label();

    @Message
    String explain_reason_requireptr_summary();

    @Message
    String explain_reason_requireptr_step1();

    @Message
    String explain_reason_requireptr_step2();

    @Message
    String explain_reason_requireptr_step3();

    @Message
    String explain_reason_badreputation_label();

    @Message
    String explain_reason_badreputation_summary();

    @Message
    String explain_reason_badreputation_step1();

    @Message
    String explain_reason_badreputation_step2();

    @Message
    String explain_reason_badreputation_step3();

    @Message
    String explain_reason_notaccept_label();

    @Message
    String explain_reason_notaccept_summary();

    @Message
    String explain_reason_notaccept_step1();

    @Message
    String explain_reason_notaccept_step2();

    @Message
    String explain_reason_notaccept_step3();

    @Message
    String explain_reason_norelaying_label();

    @Message
    String explain_reason_norelaying_summary();

    @Message
    String explain_reason_norelaying_step1();

    @Message
    String explain_reason_norelaying_step2();

    @Message
    String explain_reason_norelaying_step3();

    @Message
    String explain_reason_notcompliantrfc_label();

    @Message
    String explain_reason_notcompliantrfc_summary();

    @Message
    String explain_reason_notcompliantrfc_step1();

    @Message
    String explain_reason_notcompliantrfc_step2();

    @Message
    String explain_reason_notcompliantrfc_step3();

    @Message
    String explain_reason_contenterror_label();

    @Message
    String explain_reason_contenterror_summary();

    @Message
    String explain_reason_contenterror_step1();

    @Message
    String explain_reason_contenterror_step2();

    @Message
    String explain_reason_contenterror_step3();

    @Message
    String explain_reason_syntaxerror_label();

    @Message
    String explain_reason_syntaxerror_summary();

    @Message
    String explain_reason_syntaxerror_step1();

    @Message
    String explain_reason_syntaxerror_step2();

    @Message
    String explain_reason_syntaxerror_step3();

    @Message
    String explain_reason_expired_label();

    @Message
    String explain_reason_expired_summary();

    @Message
    String explain_reason_expired_step1();

    @Message
    String explain_reason_expired_step2();

    @Message
    String explain_reason_expired_step3();

    @Message
    String explain_reason_networkerror_label();

    @Message
    String explain_reason_networkerror_summary();

    @Message
    String explain_reason_networkerror_step1();

    @Message
    String explain_reason_networkerror_step2();

    @Message
    String explain_reason_networkerror_step3();

    @Message
    String explain_reason_systemerror_label();

    @Message
    String explain_reason_systemerror_summary();

    @Message
    String explain_reason_systemerror_step1();

    @Message
    String explain_reason_systemerror_step2();

    @Message
    String explain_reason_systemerror_step3();

    @Message
    String explain_reason_systemfull_label();

    @Message
    String explain_reason_systemfull_summary();

    @Message
    String explain_reason_systemfull_step1();

    @Message
    String explain_reason_systemfull_step2();

    @Message
    String explain_reason_systemfull_step3();

    @Message
    String explain_reason_toomanyconn_label();

    @Message
    String explain_reason_toomanyconn_summary();

    @Message
    String explain_reason_toomanyconn_step1();

    @Message
    String explain_reason_toomanyconn_step2();

    @Message
    String explain_reason_toomanyconn_step3();

    @Message
    String explain_reason_speeding_label();

    @Message
    String explain_reason_speeding_summary();

    @Message
    String explain_reason_speeding_step1();

    @Message
    String explain_reason_speeding_step2();

    @Message
    String explain_reason_speeding_step3();

    @Message
    String explain_reason_suspend_label();

    @Message
    String explain_reason_suspend_summary();

    @Message
    String explain_reason_suspend_step1();

    @Message
    String explain_reason_suspend_step2();

    @Message
    String explain_reason_suspend_step3();

    @Message
    String explain_reason_hasmoved_label();

    @Message
    String explain_reason_hasmoved_summary();

    @Message
    String explain_reason_hasmoved_step1();

    @Message
    String explain_reason_hasmoved_step2();

    @Message
    String explain_reason_hasmoved_step3();

    @Message
    String explain_reason_mailererror_label();

    @Message
    String explain_reason_mailererror_summary();

    @Message
    String explain_reason_mailererror_step1();

    @Message
    String explain_reason_mailererror_step2();

    @Message
    String explain_reason_mailererror_step3();

    @Message
    String explain_reason_onhold_label();

    @Message
    String explain_reason_onhold_summary();

    @Message
    String explain_reason_onhold_step1();

    @Message
    String explain_reason_onhold_step2();

    @Message
    String explain_reason_onhold_step3();

    @Message
    String explain_reason_failedstarttls_label();

    @Message
    String explain_reason_failedstarttls_summary();

    @Message
    String explain_reason_failedstarttls_step1();

    @Message
    String explain_reason_failedstarttls_step2();

    @Message
    String explain_reason_failedstarttls_step3();

    @Message
    String explain_reason_undefined_label();

    @Message
    String explain_reason_undefined_summary();

    @Message
    String explain_reason_undefined_step1();

    @Message
    String explain_reason_undefined_step2();

    @Message
    String explain_reason_undefined_step3();

    @Message
    String explain_reason_delivered_label();

    @Message
    String explain_reason_delivered_summary();

    @Message
    String explain_reason_delivered_step1();

    @Message
    String explain_reason_delivered_step2();

    @Message
    String explain_reason_delivered_step3();

    @Message
    String explain_reason_feedback_label();

    @Message
    String explain_reason_feedback_summary();

    @Message
    String explain_reason_feedback_step1();

    @Message
    String explain_reason_feedback_step2();

    @Message
    String explain_reason_feedback_step3();

    @Message
    String explain_reason_vacation_label();

    @Message
    String explain_reason_vacation_summary();

    @Message
    String explain_reason_vacation_step1();

    @Message
    String explain_reason_vacation_step2();

    @Message
    String explain_reason_vacation_step3();
}
