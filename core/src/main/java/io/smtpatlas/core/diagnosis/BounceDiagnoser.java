package io.smtpatlas.core.diagnosis;

/**
 * Reads a decoded message (or a pasted line, transcript or log line) and says, per recipient, what failed and
 * why. Stateless and thread-safe; never throws on any input.
 */
public final class BounceDiagnoser {

    /** Diagnoses a pasted text that is not a MIME message. */
    public Diagnosis diagnose(String plainText) {
        return diagnose(MailMessage.plainText(plainText));
    }

    public Diagnosis diagnose(MailMessage message) {
        // Placeholder until the rules land: nothing recognised.
        return Diagnosis.unrecognized();
    }
}
