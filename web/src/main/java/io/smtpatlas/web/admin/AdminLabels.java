package io.smtpatlas.web.admin;

import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.data.translation.TextRevision;
import io.smtpatlas.data.translation.TextState;

/** Human words for the workflow's names (fields, states, history actions), in the admin area's language. */
final class AdminLabels {

    private AdminLabels() {}

    static String field(AdminMessages messages, TextField field) {
        return switch (field) {
            case TITLE -> messages.field_title();
            case SUMMARY -> messages.field_summary();
            case DESCRIPTION -> messages.field_description();
            case WHEN_YOU_SEE_IT -> messages.field_when_you_see_it();
            case HOW_TO_FIX -> messages.field_how_to_fix();
            case KEYWORDS -> messages.field_keywords();
            case PHRASINGS -> messages.field_phrasings();
        };
    }

    static String state(AdminMessages messages, TextState state) {
        return switch (state) {
            case MISSING -> messages.state_missing();
            case DRAFT -> messages.state_draft();
            case IN_REVIEW -> messages.state_in_review();
            case APPROVED -> messages.state_approved();
            case OUTDATED -> messages.state_outdated();
        };
    }

    static String action(AdminMessages messages, TextRevision.Action action) {
        return switch (action) {
            case ORIGINAL -> messages.action_original();
            case SAVE -> messages.action_save();
            case SUBMIT -> messages.action_submit();
            case APPROVE -> messages.action_approve();
            case REVERT -> messages.action_revert();
            case IMPORT -> messages.action_import();
            case SHIP -> messages.action_ship();
        };
    }
}
