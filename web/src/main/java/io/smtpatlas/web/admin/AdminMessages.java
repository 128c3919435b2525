package io.smtpatlas.web.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the admin area, used as {admin:key} in its templates. The admin area is written in English for the
 * editors; the public site's eight languages live in {@link io.smtpatlas.web.i18n.AppMessages}.
 */
@MessageBundle(value = "admin", locale = "en")
public interface AdminMessages {

    @Message("SMTP Atlas admin") String layout_title();
    @Message("Translations") String layout_dashboard();
    @Message("Users") String layout_users();
    @Message("Import and export") String layout_transfer();
    @Message("Public site") String layout_site();
    @Message("Signed in as {name} ({role})") String layout_signed_in(String name, String role);
    @Message("Sign out") String layout_logout();

    @Message("Sign in") String login_title();
    @Message("User name") String login_username();
    @Message("Password") String login_password();
    @Message("The user name or the password is wrong.") String login_error();
    @Message("Too many failed attempts: wait a few minutes, then try again.") String login_throttled();
    @Message("The form had expired. Sign in again.") String login_expired();

    @Message("The database is unavailable") String unavailable_title();
    @Message("The database is unavailable; your text is kept below. Send it again in a moment, or copy it. (Had it been saved just before, sending it again shows you both versions.)") String unavailable_text_kept();
    @Message("Your text") String unavailable_your_text();
    @Message("Send again") String unavailable_retry();
    @Message("Nothing was lost. Try again in a moment.") String unavailable_nothing_lost();
    @Message("Back to the translations") String unavailable_back();

    @Message("Where the translations stand") String dashboard_title();
    @Message("Language") String dashboard_locale();
    @Message("Missing") String state_missing();
    @Message("Draft") String state_draft();
    @Message("Waiting for review") String state_in_review();
    @Message("Approved") String state_approved();
    @Message("Outdated") String state_outdated();
    @Message("Outdated texts are approved translations whose English source changed since.") String dashboard_outdated_note();

    @Message("{state} texts in {locale}") String list_title(String state, String locale);
    @Message("Code") String list_code();
    @Message("Field") String list_field();
    @Message("Nothing in this list.") String list_empty();
    @Message("Edit") String list_edit();

    @Message("{code} in {locale}") String editor_title(String code, String locale);
    @Message("English source") String editor_source();
    @Message("Text") String editor_text();
    @Message("Status: {status}, revision {revision}, last changed by {user}") String editor_state(String status, int revision, String user);
    @Message("Not written yet") String editor_new();
    @Message("Save draft") String editor_save_draft();
    @Message("Submit for review") String editor_submit();
    @Message("Approve") String editor_approve();
    @Message("History") String editor_history();
    @Message("Preview the public page") String editor_preview();
    @Message("Saved.") String editor_saved();

    @Message("Someone changed this text while you edited it") String conflict_title();
    @Message("Conflict on {code}") String conflict_page_title(String code);
    @Message("Nothing was overwritten. Compare the two texts, merge them in the box below, and save again.") String conflict_intro();
    @Message("Your text") String conflict_yours();
    @Message("Current text, by {user}") String conflict_current(String user);
    @Message("Merged text") String conflict_merged();

    @Message("History of {field}") String history_title(String field);
    @Message("History of {code} {field}") String history_page_title(String code, String field);
    @Message("Revision {revision}: {action} by {user}, {when}") String history_entry(int revision, String action, String user, String when);
    @Message("Revert to this revision") String history_revert();
    @Message("No change recorded yet.") String history_empty();

    @Message("Users") String users_title();
    @Message("Role") String users_role();
    @Message("Created") String users_created();
    @Message("Add a user") String users_add();
    @Message("Create") String users_create();
    @Message("User {name} created.") String users_created_message(String name);

    @Message("Import and export") String transfer_title();
    @Message("Export") String transfer_export();
    @Message("Import") String transfer_import();
    @Message("File") String transfer_file();
    @Message("Format") String transfer_format();
    @Message("Preview the changes") String transfer_preview();
    @Message("Import preview") String transfer_preview_title();
    @Message("{changes} texts would change, {unchanged} are unchanged.") String transfer_summary(int changes, int unchanged);
    @Message("Before") String transfer_before();
    @Message("After") String transfer_after();
    @Message("Apply the import") String transfer_apply();
    @Message("{count} texts imported; they wait for review.") String transfer_applied(int count);
    @Message("The file cannot be imported:") String transfer_errors();

}
