package io.smtpatlas.web.admin;

import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.data.translation.TranslationService;

/** One field in the editor: the English source beside the editable text, its state, and any error to show. */
public record FieldEditor(String key, String source, String text, long version, String status, int revision,
        String updatedBy, boolean exists, String error) {

    static FieldEditor of(TextField field, CodeText english, CodeText current) {
        return new FieldEditor(field.key(), english == null ? "" : english.body,
                current == null ? "" : current.body,
                current == null ? TranslationService.NEW_TEXT : current.version,
                current == null ? "" : current.status.name().toLowerCase().replace('_', ' '),
                current == null ? 0 : current.revision, current == null ? "" : current.updatedBy, current != null,
                null);
    }

    /** The same field showing what the person typed, with the reason it was not saved. */
    FieldEditor withTyped(String typed, String reason) {
        return new FieldEditor(key, source, typed, version, status, revision, updatedBy, exists, reason);
    }
}
