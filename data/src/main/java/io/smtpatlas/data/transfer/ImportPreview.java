package io.smtpatlas.data.transfer;

import io.smtpatlas.data.translation.TextField;
import java.util.List;

/** What an import would do, before anything is written. */
public record ImportPreview(List<Change> changes, int unchanged, List<String> errors) {

    /** A text the import would set; {@code before} is null when the text does not exist yet. */
    public record Change(String code, TextField field, String before, String after) {
    }

    public boolean canApply() {
        return errors.isEmpty() && !changes.isEmpty();
    }
}
