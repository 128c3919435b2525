package io.smtpatlas.data.transfer;

import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.translation.TextField;
import java.util.List;

/**
 * What an import would do, before anything is written: one row per text the file would change, flagged when the
 * text changed since the file was exported (its revision moved on), so that nobody reverts newer work unknowingly.
 */
public record ImportPreview(
        TransferFormat format,
        SiteLocale fileLanguage,
        SiteLocale target,
        List<Change> changes,
        int unchanged,
        List<ImportProblem> problems) {

    /**
     * A text the import would set. {@code before} is empty when the text does not exist yet; {@code currentRevision}
     * is what the apply step checks again.
     */
    public record Change(
            String code, TextField field, String before, String after, int fileRevision, int currentRevision) {

        /** Someone changed the text after the file was exported: applying this row would undo their change. */
        public boolean changedSinceExport() {
            return fileRevision != currentRevision;
        }

        /** The value of this row's checkbox: the text and the revision the preview saw. */
        public String choice() {
            return TransferRow.key(code, field) + "@" + currentRevision;
        }
    }

    /** The file holds another language than the one it would be imported into. */
    public boolean languageMismatch() {
        return fileLanguage != null && fileLanguage != target;
    }

    public int flagged() {
        return (int) changes.stream().filter(Change::changedSinceExport).count();
    }

    public boolean canApply() {
        return problems.isEmpty() && !changes.isEmpty();
    }
}
