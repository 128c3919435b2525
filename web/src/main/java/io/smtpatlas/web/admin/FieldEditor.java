package io.smtpatlas.web.admin;

import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.data.translation.TextState;
import io.smtpatlas.data.translation.TranslationService;
import java.util.List;

/**
 * One field in the editor: its human label, the English source beside the editable text, its state, what changed
 * in English since the translation was made, what waits for approval, and any error or conflict to show.
 */
public record FieldEditor(
        String key,
        String label,
        String source,
        String text,
        long version,
        String state,
        String stateLabel,
        int revision,
        String updatedBy,
        boolean exists,
        boolean outdated,
        List<WordDiff.Part> sourceDiff,
        boolean sourceDiffKnown,
        List<WordDiff.Part> pendingDiff,
        boolean mayApprove,
        String error,
        String conflictText,
        String conflictBy) {

    /** Rows of the text box before the script sizes it: enough for the text, at most 30. */
    public int rows() {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += 1 + line.length() / 70;
        }
        return Math.max(2, Math.min(30, lines + 1));
    }

    /** Nobody changed the text since the product shipped it. */
    public boolean shipped() {
        return CodeText.SHIPPED_CONTENT.equals(updatedBy);
    }

    public boolean hasPendingChange() {
        return !pendingDiff.isEmpty();
    }

    public boolean hasConflict() {
        return conflictText != null;
    }

    static FieldEditor of(
            TextField field,
            String label,
            CodeText english,
            CodeText current,
            TextState state,
            String stateLabel,
            String englishThen,
            boolean mayApprove) {
        boolean outdated = current != null
                && english != null
                && current.sourceRevision != null
                && english.publishedRevision != null
                && current.sourceRevision < english.publishedRevision;
        String englishNow = english == null || english.publishedBody == null ? "" : english.publishedBody;
        List<WordDiff.Part> sourceDiff =
                outdated && englishThen != null ? WordDiff.between(englishThen, englishNow) : List.of();
        List<WordDiff.Part> pendingDiff = current != null && current.hasPendingChange()
                ? WordDiff.between(current.publishedBody, current.body)
                : List.of();
        return new FieldEditor(
                field.key(),
                label,
                englishNow,
                current == null ? "" : current.body,
                current == null ? TranslationService.NEW_TEXT : current.version,
                state.key(),
                stateLabel,
                current == null ? 0 : current.revision,
                current == null ? "" : current.updatedBy,
                current != null,
                outdated,
                sourceDiff,
                englishThen != null,
                pendingDiff,
                mayApprove,
                null,
                null,
                null);
    }

    /** The same field showing what the person typed, with the reason it was not saved. */
    FieldEditor withTyped(String typed, String reason) {
        return new FieldEditor(
                key,
                label,
                source,
                typed,
                version,
                state,
                stateLabel,
                revision,
                updatedBy,
                exists,
                outdated,
                sourceDiff,
                sourceDiffKnown,
                pendingDiff,
                false,
                reason,
                conflictText,
                conflictBy);
    }

    /** The person's text kept, next to the text someone else saved meanwhile, over the new version. */
    FieldEditor withConflict(String typed, CodeText current) {
        return new FieldEditor(
                key,
                label,
                source,
                typed,
                current.version,
                state,
                stateLabel,
                current.revision,
                current.updatedBy,
                true,
                outdated,
                sourceDiff,
                sourceDiffKnown,
                pendingDiff,
                false,
                null,
                current.body,
                current.updatedBy);
    }
}
