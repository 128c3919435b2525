package io.smtpatlas.core.catalog;

import io.smtpatlas.core.code.SmtpCode;
import java.util.List;

/** The text is shaped like a code, but the catalog has no such code; carries the closest codes it does have. */
public class UnknownCodeException extends RuntimeException {

    private final String code;
    private final List<SmtpCode> suggestions;

    public UnknownCodeException(String code, List<SmtpCode> suggestions) {
        super("Unknown SMTP code: " + code);
        this.code = code;
        this.suggestions = List.copyOf(suggestions);
    }

    public String code() {
        return code;
    }

    public List<SmtpCode> suggestions() {
        return suggestions;
    }
}
