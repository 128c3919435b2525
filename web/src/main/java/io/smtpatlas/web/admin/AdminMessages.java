package io.smtpatlas.web.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the admin area, in the language each person picks (messages/admin_{locale}.properties), used as
 * {admin:key} in its templates and through {@link CurrentEditor#messages()} in Java. The public site's texts live
 * in {@link io.smtpatlas.web.i18n.AppMessages}.
 */
@MessageBundle(value = "admin", locale = "en")
public interface AdminMessages {

    @Message
    String layout_title();

    @Message
    String layout_dashboard();

    @Message
    String layout_codes();

    @Message
    String layout_users();

    @Message
    String layout_transfer();

    @Message
    String layout_site();

    @Message
    String layout_signed_in(String name, String role);

    @Message
    String layout_logout();

    @Message
    String role_admin();

    @Message
    String role_translator();

    @Message
    String login_title();

    @Message
    String login_username();

    @Message
    String login_password();

    @Message
    String login_error();

    @Message
    String login_throttled();

    @Message
    String login_expired();

    @Message
    String unavailable_title();

    @Message
    String unavailable_text_kept();

    @Message
    String unavailable_your_text();

    @Message
    String unavailable_retry();

    @Message
    String unavailable_nothing_lost();

    @Message
    String unavailable_back();

    @Message
    String dashboard_title();

    @Message
    String dashboard_locale();

    @Message
    String dashboard_progress();

    @Message
    String dashboard_percent(int percent);

    @Message
    String dashboard_count(String state, int count);

    @Message
    String dashboard_work();

    @Message
    String dashboard_work_empty();

    @Message
    String dashboard_work_by(String name);

    @Message
    String dashboard_outdated_note();

    @Message
    String state_missing();

    @Message
    String state_draft();

    @Message
    String state_in_review();

    @Message
    String state_approved();

    @Message
    String state_outdated();

    @Message
    String field_title();

    @Message
    String field_summary();

    @Message
    String field_description();

    @Message
    String field_when_you_see_it();

    @Message
    String field_how_to_fix();

    @Message
    String field_keywords();

    @Message
    String field_phrasings();

    @Message
    String action_original();

    @Message
    String action_save();

    @Message
    String action_submit();

    @Message
    String action_approve();

    @Message
    String action_revert();

    @Message
    String action_import();

    @Message
    String action_ship();

    @Message
    String list_title(String state, String locale);

    @Message
    String list_code();

    @Message
    String list_field();

    @Message
    String list_empty();

    @Message
    String list_edit();

    @Message
    String picker_title();

    @Message
    String picker_label();

    @Message
    String picker_placeholder();

    @Message
    String picker_button();

    @Message
    String picker_none(String query);

    @Message
    String editor_title(String code, String locale);

    @Message
    String editor_nav();

    @Message
    String editor_next_missing();

    @Message
    String editor_next_review();

    @Message
    String editor_next_outdated();

    @Message
    String editor_preview();

    @Message
    String editor_source();

    @Message
    String editor_state(int revision, String user);

    @Message
    String editor_state_shipped(int revision);

    @Message
    String editor_new();

    @Message
    String editor_outdated_badge();

    @Message
    String editor_source_changed();

    @Message
    String editor_source_changed_unknown();

    @Message
    String editor_pending();

    @Message
    String editor_approve_field(String field);

    @Message
    String editor_approve_all();

    @Message
    String editor_history();

    @Message
    String editor_save_draft();

    @Message
    String editor_submit();

    @Message
    String editor_unsaved();

    @Message
    String editor_saved(int count);

    @Message
    String editor_approved(int count);

    @Message
    String editor_conflict();

    @Message
    String editor_conflict_field(String user);

    @Message
    String editor_conflict_hint();

    @Message
    String editor_own_work();

    @Message
    String editor_stale_approve();

    @Message
    String editor_stale_history();

    @Message
    String editor_too_long(int length, int limit);

    @Message
    String preview_banner();

    @Message
    String preview_back();

    @Message
    String history_title(String field);

    @Message
    String history_page_title(String code, String field);

    @Message
    String history_entry(int revision, String action, String user, String when);

    @Message
    String history_revert();

    @Message
    String history_back(String code);

    @Message
    String history_empty();

    @Message
    String forbidden_title();

    @Message
    String forbidden_language(String language);

    @Message
    String forbidden_source();

    @Message
    String forbidden_admin_only();

    @Message
    String forbidden_your_languages();

    @Message
    String forbidden_no_language();

    @Message
    String forbidden_back();

    @Message
    String account_title();

    @Message
    String account_ui_language();

    @Message
    String account_save();

    @Message
    String account_saved();

    @Message
    String users_title();

    @Message
    String users_role();

    @Message
    String users_languages();

    @Message
    String users_account();

    @Message
    String users_since(String date);

    @Message
    String users_all_languages();

    @Message
    String users_save_languages();

    @Message
    String users_disabled();

    @Message
    String users_disable();

    @Message
    String users_enable();

    @Message
    String users_new_password();

    @Message
    String users_reset_password();

    @Message
    String users_password_rule();

    @Message
    String users_add();

    @Message
    String users_create();

    @Message
    String users_created_message(String name);

    @Message
    String users_languages_saved(String name);

    @Message
    String users_disabled_message(String name);

    @Message
    String users_enabled_message(String name);

    @Message
    String users_password_message(String name);

    @Message
    String transfer_title();

    @Message
    String transfer_export();

    @Message
    String transfer_export_note();

    @Message
    String transfer_import();

    @Message
    String transfer_target();

    @Message
    String transfer_file();

    @Message
    String transfer_file_note();

    @Message
    String transfer_preview();

    @Message
    String transfer_preview_title();

    @Message
    String transfer_summary(int changes, String locale, int unchanged);

    @Message
    String transfer_flagged(int flagged);

    @Message
    String transfer_language_mismatch(String file, String target);

    @Message
    String transfer_changed_since(int fileRevision, int currentRevision);

    @Message
    String transfer_apply_row();

    @Message
    String transfer_change();

    @Message
    String transfer_apply();

    @Message
    String transfer_applied(int imported, int skipped);

    @Message
    String transfer_errors();

    @Message
    String transfer_back();

    @Message
    String import_too_large(int megabytes);

    @Message
    String import_not_utf8();

    @Message
    String import_malformed(String detail);

    @Message
    String import_no_language(String detail);

    @Message
    String import_unknown_code(String detail);

    @Message
    String import_unknown_field(String detail);

    @Message
    String import_too_long(String detail);

    @Message
    String import_empty();

    @Message
    String import_line(int line, String problem);
}
