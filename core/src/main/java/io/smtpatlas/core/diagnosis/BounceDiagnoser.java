package io.smtpatlas.core.diagnosis;

import io.smtpatlas.core.diagnosis.classify.KindSignals;
import io.smtpatlas.core.diagnosis.classify.Providers;
import io.smtpatlas.core.diagnosis.classify.ReasonClassifier;
import io.smtpatlas.core.diagnosis.classify.VendorHints;
import io.smtpatlas.core.diagnosis.read.DeliveryStatusReader;
import io.smtpatlas.core.diagnosis.read.Finding;
import io.smtpatlas.core.diagnosis.read.LogLines;
import io.smtpatlas.core.diagnosis.read.RecipientBlocks;
import io.smtpatlas.core.diagnosis.read.Report;
import io.smtpatlas.core.diagnosis.read.SesNotification;
import io.smtpatlas.core.diagnosis.read.SingleReply;
import io.smtpatlas.core.diagnosis.read.Transcript;
import io.smtpatlas.core.diagnosis.text.Addresses;
import io.smtpatlas.core.diagnosis.text.ReplyCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a decoded message (or a pasted line, transcript or log line) and says, per recipient, what failed and
 * why. Stateless and thread-safe; never throws on any input.
 */
public final class BounceDiagnoser {

    /** More recipients than any real bounce lists: the rest of a pasted mailing log is left out. */
    static final int MAX_RECIPIENTS = 500;

    /** Diagnoses a pasted text that is not a MIME message. */
    public Diagnosis diagnose(String plainText) {
        return diagnose(MailMessage.plainText(plainText == null ? "" : plainText));
    }

    public Diagnosis diagnose(MailMessage message) {
        try {
            return diagnoseReport(new Report(message));
        } catch (RuntimeException | StackOverflowError unexpected) {
            // A rule tripped on odd input: say nothing rather than fail the reader's request.
            return Diagnosis.unrecognized();
        }
    }

    private Diagnosis diagnoseReport(Report report) {
        if (KindSignals.isFeedback(report) || "Complaint".equals(SesNotification.type(report.rawText()))) {
            return NonFailures.feedback(report);
        }
        List<Finding> findings = new ArrayList<>();
        for (String deliveryStatus : report.deliveryStatusTexts()) {
            findings.addAll(DeliveryStatusReader.read(deliveryStatus));
        }
        java.util.Set<String> senders = Senders.of(report);
        List<Finding> blocks = RecipientBlocks.read(report.humanLines(), senders);
        if (findings.isEmpty() && SesNotification.type(report.rawText()) != null) {
            findings = SesNotification.read(report.rawText());
        }
        if (!findings.isEmpty()) {
            Merging.completeFrom(findings, blocks);
            Merging.addMentions(findings, report.humanLines());
            if (findings.size() == 1 && findings.get(0).diagnostic == null) {
                // A report without Diagnostic-Code: the server's reply may still stand in the text part.
                Finding only = findings.get(0);
                SingleReply.read(report.humanLines()).ifPresent(only::complete);
            }
        } else {
            findings = LogLines.read(report.humanLines());
        }
        if (findings.isEmpty()
                && KindSignals.isVacation(report)
                && blocks.stream().noneMatch(Finding::hasCode)) {
            return NonFailures.vacation(report);
        }
        if (findings.isEmpty()) {
            findings = fromBody(report, blocks);
        }
        Fallbacks.fillRecipients(findings, report);
        return conclude(findings, report, senders);
    }

    private static List<Finding> fromBody(Report report, List<Finding> blocks) {
        List<Finding> transcript = Transcript.read(report.humanLines());
        List<Finding> findings = new ArrayList<>(blocks);
        Merging.completeFrom(findings, transcript);
        if (findings.isEmpty()) {
            findings.addAll(transcript);
        }
        if (findings.stream().noneMatch(Finding::hasCode)) {
            Optional<Finding> reply = SingleReply.read(report.humanLines());
            if (reply.isPresent()) {
                if (findings.size() == 1) {
                    Finding only = findings.get(0);
                    Finding merged = reply.get();
                    merged.recipient = only.recipient;
                    merged.complete(only);
                    findings.set(0, merged);
                } else if (findings.isEmpty()) {
                    findings.add(reply.get());
                }
            }
        }
        if (findings.isEmpty() && Fallbacks.looksLikeBounce(report)) {
            Finding told = new Finding();
            told.context = Fallbacks.humanSummary(report);
            findings.add(told);
        }
        return findings;
    }

    private static Diagnosis conclude(List<Finding> findings, Report report, java.util.Set<String> senders) {
        List<RecipientDiagnosis> recipients = new ArrayList<>();
        boolean anyFailure = false;
        ReportHints hints = new ReportHints(report, senders);
        for (Finding finding : findings.subList(0, Math.min(findings.size(), MAX_RECIPIENTS))) {
            RecipientDiagnosis diagnosis = toDiagnosis(finding, report, hints);
            anyFailure |= diagnosis.reason().isFailure();
            recipients.add(diagnosis);
        }
        if (recipients.isEmpty()) {
            return Diagnosis.unrecognized();
        }
        return new Diagnosis(anyFailure ? MessageKind.BOUNCE : MessageKind.DELIVERED, recipients);
    }

    private static RecipientDiagnosis toDiagnosis(Finding finding, Report report, ReportHints hints) {
        if (finding.status != null
                && finding.replyCode != null
                && finding.status.charAt(0) != finding.replyCode.charAt(0)) {
            // "550 4.4.7": one of the two is wrong; the status is the one the report stands by.
            finding.replyCode = null;
        }
        Provider provider = Providers.recognise(finding.remoteMta, finding.diagnostic, domainOf(finding.recipient));
        String action = finding.action == null ? "" : finding.action;
        char codeClass = ReplyCodes.classOf(finding.status != null ? finding.status : finding.replyCode);
        if (action.equals("delivered")
                || action.equals("relayed")
                || action.equals("expanded")
                || codeClass == '2' && !action.equals("failed") && !action.equals("delayed")) {
            return new RecipientDiagnosis(
                    finding.recipient,
                    finding.status,
                    finding.replyCode,
                    BounceReason.DELIVERED,
                    Retry.NONE,
                    finding.remoteMta,
                    finding.command,
                    finding.diagnostic,
                    provider);
        }
        boolean delayed = action.equals("delayed")
                || codeClass == '4'
                || codeClass == 0 && (hints.soundsDelayed || Fallbacks.soundsDelayed(finding.diagnostic));
        BounceReason reason = ReasonClassifier.classify(
                finding.diagnostic,
                finding.context,
                finding.status,
                finding.replyCode,
                Fallbacks.stepForReasons(finding, hints.senders),
                delayed,
                hints.vendorReason,
                hints.filteringGateway);
        if (reason == BounceReason.UNDEFINED && hints.proseReason != null) {
            // Nothing about this recipient says why; the report's own prose ("you are not a member of this list",
            // "remote host is not responding") is the last witness.
            reason = hints.proseReason;
        }
        Retry retry = delayed ? Retry.TEMPORARY : Retry.PERMANENT;
        return new RecipientDiagnosis(
                finding.recipient,
                finding.status,
                finding.replyCode,
                reason,
                retry,
                finding.remoteMta,
                finding.command,
                finding.diagnostic,
                provider);
    }

    private static String domainOf(String recipient) {
        return recipient == null || recipient.indexOf('@') < 0 ? null : recipient.substring(recipient.indexOf('@'));
    }

    /** What the report as a whole says, read once for all its recipients. */
    private static final class ReportHints {
        final java.util.Set<String> senders;
        final BounceReason vendorReason;
        final boolean filteringGateway;
        final boolean soundsDelayed;
        final BounceReason proseReason;

        ReportHints(Report report, java.util.Set<String> senders) {
            String human = report.humanText();
            this.senders = senders;
            vendorReason = VendorHints.of(human);
            filteringGateway = VendorHints.isFilteringGateway(report.headerText() + " " + human);
            soundsDelayed = Fallbacks.soundsDelayed(report);
            proseReason = ReasonClassifier.ofProse(human);
        }
    }

    /** Findings about the same recipient from two readers. */
    private static final class Merging {
        /** Lines of the human text naming a recipient the report gives no server words for. */
        static void addMentions(List<Finding> findings, List<String> lines) {
            for (Finding finding : findings) {
                if (finding.diagnostic != null || finding.recipient == null) {
                    continue;
                }
                StringBuilder mentions = new StringBuilder();
                for (int i = 0; i < lines.size() && mentions.length() < 2_000; i++) {
                    if (lines.get(i).contains(finding.recipient)) {
                        for (int j = Math.max(0, i - 2); j <= i; j++) {
                            mentions.append(lines.get(j)).append(' ');
                        }
                    }
                }
                if (mentions.length() > 0) {
                    finding.context = finding.context == null ? mentions.toString() : finding.context + " " + mentions;
                }
            }
        }

        static void completeFrom(List<Finding> findings, List<Finding> others) {
            for (Finding finding : findings) {
                Finding same = others.stream()
                        .filter(other -> other.recipient != null
                                && Addresses.key(other.recipient).equals(Addresses.key(finding.recipient)))
                        .findFirst()
                        .orElse(findings.size() == 1 && others.size() == 1 ? others.get(0) : null);
                if (same != null) {
                    String summary = finding.status;
                    finding.complete(same);
                    if (summary != null
                            && summary.endsWith(".0.0")
                            && same.status != null
                            && !same.status.endsWith(".0.0")
                            && same.status.charAt(0) == summary.charAt(0)) {
                        // The report's "5.0.0" summarises; the server's own code in the text says more.
                        finding.status = same.status;
                    }
                }
            }
        }
    }
}
