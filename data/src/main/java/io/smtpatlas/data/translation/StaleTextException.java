package io.smtpatlas.data.translation;

/** A save against a version that someone else has changed since: the caller must show both texts. */
public class StaleTextException extends RuntimeException {

    private final CodeText current;

    public StaleTextException(CodeText current) {
        super("The text was changed by " + current.updatedBy + " in the meantime");
        this.current = current;
    }

    public CodeText current() {
        return current;
    }
}
