package io.smtpatlas.core.diagnosis;

import io.smtpatlas.core.diagnosis.read.Report;
import io.smtpatlas.core.diagnosis.text.Addresses;
import io.smtpatlas.core.diagnosis.text.Lines;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Feedback reports and auto-replies: one entry per address they are about, no failure. */
final class NonFailures {

    private NonFailures() {}

    static Diagnosis feedback(Report report) {
        Set<String> recipients = new LinkedHashSet<>();
        for (var part : report.feedbackReports()) {
            for (String line : Lines.of(part.text())) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("original-rcpt-to:") || lower.startsWith("removal-recipient:")) {
                    Addresses.first(line).ifPresent(recipients::add);
                }
            }
        }
        if (recipients.isEmpty()) {
            String original = report.header("X-HmXmrOriginalRecipient");
            if (original.isEmpty()) {
                original = report.returnedHeader("To");
            }
            if (original.isEmpty()) {
                original = report.header("From");
            }
            Addresses.first(original).ifPresent(recipients::add);
        }
        if (recipients.isEmpty()) {
            recipients.add(null);
        }
        List<RecipientDiagnosis> entries = new ArrayList<>();
        for (String recipient : recipients) {
            entries.add(new RecipientDiagnosis(
                    recipient, null, null, BounceReason.FEEDBACK, Retry.NONE, null, null, null, null));
        }
        return new Diagnosis(MessageKind.FEEDBACK, entries);
    }

    static Diagnosis vacation(Report report) {
        String from = Addresses.first(report.header("From")).orElse(null);
        return new Diagnosis(
                MessageKind.VACATION,
                List.of(new RecipientDiagnosis(
                        from, null, null, BounceReason.VACATION, Retry.NONE, null, null, null, null)));
    }
}
