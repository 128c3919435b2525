package io.smtpatlas.data.transfer;

import io.smtpatlas.data.translation.TextField;

/**
 * One text in an export: the English source, the text in the target language (empty when missing), its state
 * ("approved", "draft", ...) and the revision it had when exported, which an import compares with the current one.
 */
public record TransferRow(String code, TextField field, String state, int revision, String source, String target) {

    String key() {
        return key(code, field);
    }

    static String key(String code, TextField field) {
        return code + "/" + field.key();
    }
}
