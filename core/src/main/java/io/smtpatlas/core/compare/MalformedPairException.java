package io.smtpatlas.core.compare;

/** A comparison path that is not "{code}-vs-{code}". */
public class MalformedPairException extends IllegalArgumentException {

    public MalformedPairException(String slug) {
        super("Not a comparison of two SMTP codes: " + slug);
    }
}
