package io.smtpatlas.data.translation;

/** Limits every text obeys, whoever writes it. */
public final class TextRules {

    /** 16 KB of text per field; the database column leaves room beyond it. */
    public static final int MAX_LENGTH = 16 * 1024;

    private TextRules() {}

    public static void check(String body) {
        if (body == null) {
            throw new IllegalArgumentException("The text is missing.");
        }
        if (body.length() > MAX_LENGTH) {
            throw new TextTooLongException(body.length());
        }
        // PostgreSQL cannot store U+0000 in text; H2 could, but both databases must keep the same texts.
        if (body.indexOf('\0') >= 0) {
            throw new InvalidTextException(
                    "The text holds a NUL character (U+0000), which cannot be stored. " + "Remove it and save again.");
        }
    }

    /** A text that breaks a rule; nothing was saved, and the message says what to change. */
    public static class InvalidTextException extends IllegalArgumentException {
        public InvalidTextException(String message) {
            super(message);
        }
    }

    /** Line breaks as stored and exported: browsers send CRLF from text boxes, files may carry CR. */
    public static String normalize(String body) {
        return body.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A text over {@link #MAX_LENGTH}; nothing was saved. */
    public static class TextTooLongException extends InvalidTextException {
        public TextTooLongException(int length) {
            super("The text has " + length + " characters; the limit is " + MAX_LENGTH + ".");
        }
    }
}
