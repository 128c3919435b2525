package io.smtpatlas.data.transfer;

/** Something in an uploaded file that cannot be imported; the admin area words it in the reader's language. */
public record ImportProblem(Kind kind, int line, String detail) {

    public enum Kind {
        /** Larger than {@link TextTransfer#MAX_BYTES}. */
        TOO_LARGE,
        /** Bytes that are not UTF-8. */
        NOT_UTF8,
        /** The file cannot be parsed as its format (detail: the parser's words). */
        MALFORMED,
        /** The file does not say which language it holds, or names one the site does not have. */
        NO_LANGUAGE,
        /** A row names a code the catalog does not have (detail: the code). */
        UNKNOWN_CODE,
        /** A row names a field that does not exist (detail: the field). */
        UNKNOWN_FIELD,
        /** A text over the length limit (detail: code and field). */
        TOO_LONG,
        /** Nothing to import. */
        EMPTY
    }

    static ImportProblem of(Kind kind, String detail) {
        return new ImportProblem(kind, 0, detail);
    }
}
