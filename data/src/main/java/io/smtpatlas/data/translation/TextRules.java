package io.smtpatlas.data.translation;

/** Limits every text obeys, whoever writes it. */
public final class TextRules {

    /** 16 KB of text per field; the database column leaves room beyond it. */
    public static final int MAX_LENGTH = 16 * 1024;

    private TextRules() {
    }

    public static void check(String body) {
        if (body == null) {
            throw new IllegalArgumentException("The text is missing.");
        }
        if (body.length() > MAX_LENGTH) {
            throw new TextTooLongException(body.length());
        }
    }

    /** Line breaks as stored and exported: browsers send CRLF from text boxes, files may carry CR. */
    public static String normalize(String body) {
        return body.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A text over {@link #MAX_LENGTH}; nothing was saved. */
    public static class TextTooLongException extends IllegalArgumentException {
        public TextTooLongException(int length) {
            super("The text has " + length + " characters; the limit is " + MAX_LENGTH + ".");
        }
    }
}
