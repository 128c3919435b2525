package io.smtpatlas.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every human text of the site's chrome, one whole sentence per message, with named parameters. The texts live in
 * messages/msg_{locale}.properties; templates use them as {msg:key}, Java code through {@link Messages}.
 * Keys are namespaced by page; "common_" keys are shared by several pages.
 */
@MessageBundle(value = "msg", locale = "en")
public interface AppMessages {

    // Layout
    @Message
    String layout_site_name();

    @Message
    String layout_tagline();

    @Message
    String layout_nav_codes();

    @Message
    String layout_nav_label();

    @Message
    String layout_language_label();

    @Message
    String layout_search_label();

    @Message
    String layout_search_placeholder();

    @Message
    String layout_search_button();

    @Message
    String layout_search_suggestions();

    @Message
    String layout_search_suggestions_status(String count);

    @Message
    String layout_skip();

    @Message
    String layout_footer();

    // Shared labels
    @Message
    String common_meaning();

    @Message
    String common_when();

    @Message
    String common_fix();

    @Message
    String common_kind_basic();

    @Message
    String common_kind_enhanced();

    @Message
    String common_fallback_notice();
    /** Joins an inline list one item at a time: "{first}, {next}" in most languages, "{first}、{next}" in Japanese and Chinese. */
    @Message
    String common_list_join(String first, String next);

    // Labels of the code model, picked by Labels
    @Message
    String replyClass_POSITIVE_COMPLETION();

    @Message
    String replyClass_POSITIVE_INTERMEDIATE();

    @Message
    String replyClass_TRANSIENT_NEGATIVE();

    @Message
    String replyClass_PERMANENT_NEGATIVE();

    @Message
    String replyClassExplained_POSITIVE_COMPLETION();

    @Message
    String replyClassExplained_POSITIVE_INTERMEDIATE();

    @Message
    String replyClassExplained_TRANSIENT_NEGATIVE();

    @Message
    String replyClassExplained_PERMANENT_NEGATIVE();

    @Message
    String subject_SYNTAX();

    @Message
    String subject_INFORMATION();

    @Message
    String subject_CONNECTIONS();

    @Message
    String subject_UNSPECIFIED();

    @Message
    String subject_MAIL_SYSTEM();

    @Message
    String subject_OTHER();

    @Message
    String subject_ADDRESSING();

    @Message
    String subject_MAILBOX();

    @Message
    String subject_NETWORK_ROUTING();

    @Message
    String subject_MAIL_DELIVERY_PROTOCOL();

    @Message
    String subject_MESSAGE_CONTENT();

    @Message
    String subject_SECURITY_POLICY();

    @Message
    String command_CONNECTION();

    @Message
    String command_END_OF_DATA();

    // Home page
    @Message
    String home_index_title();

    @Message
    String home_index_description();

    @Message
    String home_index_heading();

    @Message
    String home_index_intro();

    @Message
    String home_index_basic();

    @Message
    String home_index_enhanced();

    @Message
    String home_index_dataset();

    @Message
    String home_index_dataset_json();

    @Message
    String home_index_dataset_csv();

    @Message
    String home_index_class_heading(String digits, String name);

    // Code page
    @Message
    String code_show_title_basic(String code, String title);

    @Message
    String code_show_title_enhanced(String code, String title);

    @Message
    String code_show_facts();

    @Message
    String code_show_class();

    @Message
    String code_show_subject();

    @Message
    String code_show_commands();

    @Message
    String code_show_wire();

    @Message
    String code_show_rfcs();

    @Message
    String code_show_next();

    @Message
    String code_show_associated_basic();

    @Message
    String code_show_associated_enhanced();

    @Message
    String code_show_compare(String code);

    @Message
    String code_show_compare_link(String a, String b);

    @Message
    String code_show_breadcrumb_home();

    @Message
    String code_show_updated(String date);

    // Comparison page
    @Message
    String compare_show_title(String a, String b, String aTitle, String bTitle);

    @Message
    String compare_show_description(String a, String b, String aTitle, String bTitle);

    @Message
    String compare_show_heading(String a, String b);

    @Message
    String compare_show_intro(String a, String b, String aTitle, String bTitle);

    @Message
    String compare_show_differences();

    @Message
    String compare_show_which();

    @Message
    String compare_show_which_intro();

    @Message
    String compare_show_full_page(String code);

    @Message
    String compare_kind_different(String a, String b);

    @Message
    String compare_kind_same_basic();

    @Message
    String compare_kind_same_enhanced();

    @Message
    String compare_relation_details(String a, String b);

    @Message
    String compare_relation_counterparts(String a, String b);

    @Message
    String compare_class_same(String className);

    @Message
    String compare_class_different(String a, String b, String aClass, String bClass);

    @Message
    String compare_subject_same(String subject);

    @Message
    String compare_subject_different(String a, String b, String aSubject, String bSubject);

    @Message
    String compare_commands_common(String commands);

    @Message
    String compare_commands_none_common();

    @Message
    String compare_commands_only(String code, String commands);

    // Error pages
    @Message
    String error_notFound_heading();

    @Message
    String error_notFound_unknownCode(String code);

    @Message
    String error_notFound_suggestions();

    @Message
    String error_notFound_malformed();

    @Message
    String error_notFound_home();

    @Message
    String error_request_heading();

    @Message
    String error_request_message();

    @Message
    String error_server_heading();

    @Message
    String error_server_message();

    // Search page
    @Message
    String search_results_title(String query);

    @Message
    String search_results_title_empty();

    @Message
    String search_results_description();

    @Message
    String search_results_heading();

    @Message
    String search_results_count_all(int total, String query);

    @Message
    String search_results_count_top(int shown, int total, String query);

    @Message
    String search_results_count_range(int from, int to, int total, String query);

    @Message
    String search_results_pages();

    @Message
    String search_results_next();

    @Message
    String search_results_previous();

    @Message
    String search_results_none(String query);

    @Message
    String search_results_did_you_mean();

    @Message
    String search_results_popular();

    @Message
    String search_results_hint();

    // Answer first: verdicts, next steps, steps per family of problems (picked by Labels), bulk-sender notes
    @Message
    String home_entry_heading();

    @Message
    String home_entry_placeholder();

    @Message
    String home_entry_button();

    @Message
    String home_popular_heading();

    @Message
    String home_jump_label();

    @Message
    String layout_language_current(String name);

    @Message
    String common_and(String a, String b);

    @Message
    String code_show_category();

    @Message
    String code_show_no_commands_basic();

    @Message
    String code_show_no_commands_enhanced();

    @Message
    String code_show_any_all();

    @Message
    String code_show_any_except(String commands);

    @Message
    String code_show_commands_source(String source);

    @Message
    String code_show_companions_order();

    @Message
    String code_show_companions_more(int count);

    @Message
    String code_todo_heading();

    @Message
    String code_retry_heading();

    @Message
    String code_retry_text();

    @Message
    String bounce_SOFT();

    @Message
    String bounce_HARD();

    @Message
    String bounce_SENDER();

    @Message
    String bounce_MIXED();

    @Message
    String badge_DONE();

    @Message
    String badge_CONTINUE();

    @Message
    String badge_QUEUE_AND_RETRY();

    @Message
    String badge_REPEAT_COMMAND_LATER();

    @Message
    String badge_FIX_BEFORE_RETRY();

    @Message
    String badge_SPLIT_RECIPIENTS();

    @Message
    String badge_DO_NOT_REPEAT_UNCHANGED();

    @Message
    String badge_RESEND_AFTER_PATH_FIXED();

    @Message
    String next_DONE(String code);

    @Message
    String next_CONTINUE(String code);

    @Message
    String next_QUEUE_AND_RETRY(String code);

    @Message
    String next_REPEAT_COMMAND_LATER(String code);

    @Message
    String next_FIX_BEFORE_RETRY(String code);

    @Message
    String next_SPLIT_RECIPIENTS(String code);

    @Message
    String next_DO_NOT_REPEAT_UNCHANGED(String code);

    @Message
    String next_RESEND_AFTER_PATH_FIXED(String code);

    @Message
    String todo_SUCCESS_1();

    @Message
    String todo_SUCCESS_2();

    @Message
    String todo_INTERMEDIATE_1();

    @Message
    String todo_INTERMEDIATE_2();

    @Message
    String todo_MAILBOX_OR_POLICY_1();

    @Message
    String todo_MAILBOX_OR_POLICY_2();

    @Message
    String todo_MAILBOX_OR_POLICY_3();

    @Message
    String todo_MAILBOX_OR_POLICY_4();

    @Message
    String todo_RECIPIENT_ADDRESS_1();

    @Message
    String todo_RECIPIENT_ADDRESS_2();

    @Message
    String todo_RECIPIENT_ADDRESS_3();

    @Message
    String todo_SENDER_ADDRESS_1();

    @Message
    String todo_SENDER_ADDRESS_2();

    @Message
    String todo_MAILBOX_1();

    @Message
    String todo_MAILBOX_2();

    @Message
    String todo_MAILBOX_3();

    @Message
    String todo_MESSAGE_SIZE_1();

    @Message
    String todo_MESSAGE_SIZE_2();

    @Message
    String todo_RECEIVING_SYSTEM_1();

    @Message
    String todo_RECEIVING_SYSTEM_2();

    @Message
    String todo_SERVICE_REFUSED_1();

    @Message
    String todo_SERVICE_REFUSED_2();

    @Message
    String todo_NETWORK_ROUTING_1();

    @Message
    String todo_NETWORK_ROUTING_2();

    @Message
    String todo_NETWORK_ROUTING_3();

    @Message
    String todo_CLIENT_PROTOCOL_1();

    @Message
    String todo_CLIENT_PROTOCOL_2();

    @Message
    String todo_CLIENT_PROTOCOL_3();

    @Message
    String todo_TOO_MANY_RECIPIENTS_1();

    @Message
    String todo_TOO_MANY_RECIPIENTS_2();

    @Message
    String todo_MESSAGE_CONTENT_1();

    @Message
    String todo_MESSAGE_CONTENT_2();

    @Message
    String todo_AUTHENTICATION_1();

    @Message
    String todo_AUTHENTICATION_2();

    @Message
    String todo_AUTHENTICATION_3();

    @Message
    String todo_PASSWORD_TRANSITION_1();

    @Message
    String todo_PASSWORD_TRANSITION_2();

    @Message
    String todo_TLS_1();

    @Message
    String todo_TLS_2();

    @Message
    String todo_SENDER_AUTHENTICATION_1();

    @Message
    String todo_SENDER_AUTHENTICATION_2();

    @Message
    String todo_SENDER_AUTHENTICATION_3();

    @Message
    String todo_POLICY_BLOCK_1();

    @Message
    String todo_POLICY_BLOCK_2();

    @Message
    String todo_POLICY_BLOCK_3();

    @Message
    String todo_POLICY_BLOCK_4();

    @Message
    String todo_RATE_LIMIT_1();

    @Message
    String todo_RATE_LIMIT_2();

    @Message
    String todo_RATE_LIMIT_3();

    @Message
    String todo_REMOTE_QUEUE_1();

    @Message
    String todo_REMOTE_QUEUE_2();

    @Message
    String todo_PRIORITY_1();

    @Message
    String todo_PRIORITY_2();

    @Message
    String todo_OWNER_CHANGED_1();

    @Message
    String todo_OWNER_CHANGED_2();

    @Message
    String todo_GENERIC_1();

    @Message
    String todo_GENERIC_2();

    @Message
    String compare_table_caption(String a, String b);

    @Message
    String compare_table_aspect();

    @Message
    String compare_table_differs();

    @Message
    String compare_table_same();

    @Message
    String compare_row_kind();

    @Message
    String compare_row_class();

    @Message
    String compare_row_retry();

    @Message
    String compare_row_commands();

    @Message
    String compare_row_meaning();

    @Message
    String compare_row_todo();

    @Message
    String compare_relation_reuse(String a, String b, String provider, String code);

    @Message
    String compare_commands_both_any();

    @Message
    String compare_commands_any_other(String code);

    @Message
    String compare_commands_any_other_except(String code, String commands);
}
