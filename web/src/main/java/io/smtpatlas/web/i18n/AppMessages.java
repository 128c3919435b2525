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
    @Message String layout_site_name();
    @Message String layout_tagline();
    @Message String layout_nav_codes();
    @Message String layout_nav_label();
    @Message String layout_language_label();
    @Message String layout_search_label();
    @Message String layout_search_placeholder();
    @Message String layout_search_button();
    @Message String layout_search_suggestions();
    @Message String layout_search_suggestions_status(String count);
    @Message String layout_skip();
    @Message String layout_footer();

    // Shared labels
    @Message String common_meaning();
    @Message String common_when();
    @Message String common_fix();
    @Message String common_kind_basic();
    @Message String common_kind_enhanced();
    @Message String common_fallback_notice();
    /** Joins an inline list one item at a time: "{first}, {next}" in most languages, "{first}、{next}" in Japanese and Chinese. */
    @Message String common_list_join(String first, String next);

    // Labels of the code model, picked by Labels
    @Message String replyClass_POSITIVE_COMPLETION();
    @Message String replyClass_POSITIVE_INTERMEDIATE();
    @Message String replyClass_TRANSIENT_NEGATIVE();
    @Message String replyClass_PERMANENT_NEGATIVE();
    @Message String replyClassExplained_POSITIVE_COMPLETION();
    @Message String replyClassExplained_POSITIVE_INTERMEDIATE();
    @Message String replyClassExplained_TRANSIENT_NEGATIVE();
    @Message String replyClassExplained_PERMANENT_NEGATIVE();
    @Message String subject_SYNTAX();
    @Message String subject_INFORMATION();
    @Message String subject_CONNECTIONS();
    @Message String subject_UNSPECIFIED();
    @Message String subject_MAIL_SYSTEM();
    @Message String subject_OTHER();
    @Message String subject_ADDRESSING();
    @Message String subject_MAILBOX();
    @Message String subject_NETWORK_ROUTING();
    @Message String subject_MAIL_DELIVERY_PROTOCOL();
    @Message String subject_MESSAGE_CONTENT();
    @Message String subject_SECURITY_POLICY();
    @Message String command_CONNECTION();
    @Message String command_END_OF_DATA();
    @Message String command_ANY();

    // Home page
    @Message String home_index_title();
    @Message String home_index_description();
    @Message String home_index_heading();
    @Message String home_index_intro();
    @Message String home_index_basic();
    @Message String home_index_enhanced();
    @Message String home_index_class_heading(String digits, String name);

    // Code page
    @Message String code_show_title_basic(String code, String title);
    @Message String code_show_title_enhanced(String code, String title);
    @Message String code_show_facts();
    @Message String code_show_class();
    @Message String code_show_subject();
    @Message String code_show_commands();
    @Message String code_show_no_commands();
    @Message String code_show_wire();
    @Message String code_show_rfcs();
    @Message String code_show_next();
    @Message String code_show_associated_basic();
    @Message String code_show_associated_enhanced();
    @Message String code_show_compare(String code);
    @Message String code_show_compare_link(String a, String b);
    @Message String code_show_breadcrumb_home();
    @Message String code_show_updated(String date);

    // Comparison page
    @Message String compare_show_title(String a, String b, String aTitle, String bTitle);
    @Message String compare_show_description(String a, String b, String aTitle, String bTitle);
    @Message String compare_show_heading(String a, String b);
    @Message String compare_show_intro(String a, String b, String aTitle, String bTitle);
    @Message String compare_show_differences();
    @Message String compare_show_which();
    @Message String compare_show_which_intro();
    @Message String compare_show_code_means(String code, String summary);
    @Message String compare_show_full_page(String code);
    @Message String compare_kind_different(String a, String b);
    @Message String compare_kind_same_basic();
    @Message String compare_kind_same_enhanced();
    @Message String compare_relation_details(String a, String b);
    @Message String compare_relation_counterparts(String a, String b);
    @Message String compare_class_same(String className);
    @Message String compare_class_different(String a, String b, String aClass, String bClass);
    @Message String compare_retry_nothing(String a);
    @Message String compare_retry_continue(String a);
    @Message String compare_retry_later(String a);
    @Message String compare_retry_never(String a);
    @Message String compare_retry_both_nothing();
    @Message String compare_retry_both_continue();
    @Message String compare_retry_both_later();
    @Message String compare_retry_both_never();
    @Message String compare_subject_same(String subject);
    @Message String compare_subject_different(String a, String b, String aSubject, String bSubject);
    @Message String compare_commands_common(String commands);
    @Message String compare_commands_none_common();
    @Message String compare_commands_only(String code, String commands);

    // Error pages
    @Message String error_notFound_heading();
    @Message String error_notFound_unknownCode(String code);
    @Message String error_notFound_suggestions();
    @Message String error_notFound_malformed();
    @Message String error_notFound_home();
    @Message String error_request_heading();
    @Message String error_request_message();

    // Search page
    @Message String search_results_title(String query);
    @Message String search_results_title_empty();
    @Message String search_results_description();
    @Message String search_results_heading();
    @Message String search_results_count_all(int total, String query);
    @Message String search_results_count_top(int shown, int total, String query);
    @Message String search_results_count_range(int from, int to, int total, String query);
    @Message String search_results_pages();
    @Message String search_results_next();
    @Message String search_results_previous();
    @Message String search_results_none(String query);
    @Message String search_results_did_you_mean();
    @Message String search_results_popular();
    @Message String search_results_hint();
}
