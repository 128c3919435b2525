package io.smtpatlas.core.catalog;

/** The text is not shaped like an SMTP code at all ("55x", "5..1"). */
public class MalformedCodeException extends IllegalArgumentException {

    private final String input;

    public MalformedCodeException(String input) {
        super("Not an SMTP reply code or enhanced status code: " + input);
        this.input = input;
    }

    public String input() {
        return input;
    }
}
