package io.smtpatlas.core.diagnosis;

import java.util.List;

/** The diagnosis of one pasted text: what it is and one entry per recipient it reports on. */
public record Diagnosis(MessageKind kind, List<RecipientDiagnosis> recipients) {

    public Diagnosis {
        recipients = List.copyOf(recipients);
    }

    public static Diagnosis unrecognized() {
        return new Diagnosis(MessageKind.UNRECOGNIZED, List.of());
    }
}
