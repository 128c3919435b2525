package io.smtpatlas.core.diagnosis.classify;

import io.smtpatlas.core.diagnosis.read.Report;
import java.util.Locale;
import java.util.regex.Pattern;

/** Tells feedback reports (ARF, RFC 5965; complaint loops) and auto-replies (RFC 3834) from bounces. */
public final class KindSignals {

    private static final Pattern FEEDBACK_SUBJECT = Pattern.compile(
            "(?i)abuse report|complaint about|feedback report|fbl report|dmarc forensic|spam report|\\bunsubscribe\\b");
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile(
            "(?i)undeliver|delivery (?:status|notification|fail|report|problem|has failed|incomplete)|returned mail"
                    + "|mail delivery|non-?delivery|failure notice|failed|bounce|rejected|not delivered|delayed"
                    + "|warning: could not|could not send|unable to deliver|nicht zustellbar|non remis|error");
    private static final Pattern VACATION_SUBJECT = Pattern.compile(
            "(?i)out of (?:the )?office|auto(?:matic)?[- ]?(?:reply|response|answer)|autoreply|vacation|\\baway\\b"
                    + "|abwesen|absence|absent|r\\u00e9ponse automatique|respuesta autom|risposta automatica"
                    + "|\\u81ea\\u52d5|\\u4e0d\\u5728|^auto:|on leave|holiday");

    private KindSignals() {}

    public static boolean isFeedback(Report report) {
        if (!report.feedbackReports().isEmpty()) {
            return true;
        }
        String contentType = report.header("Content-Type").toLowerCase(Locale.ROOT);
        if (contentType.contains("report-type=feedback-report")) {
            return true;
        }
        if (!report.header("X-Apple-Unsubscribe").isEmpty()
                || !report.header("X-HmXmrOriginalRecipient").isEmpty()) {
            return true;
        }
        String subject = report.subject();
        return FEEDBACK_SUBJECT.matcher(subject).find()
                && !BOUNCE_SUBJECT.matcher(subject).find()
                && (report.humanText().toLowerCase(Locale.ROOT).contains("feedback-type:")
                        || !report.returnedTexts().isEmpty());
    }

    /** An auto-reply written by a person's mail program, not a delivery report. */
    public static boolean isVacation(Report report) {
        String subject = report.subject();
        if (BOUNCE_SUBJECT.matcher(subject).find()) {
            return false;
        }
        String from = report.header("From").toLowerCase(Locale.ROOT);
        if (from.contains("mailer-daemon") || from.contains("postmaster")) {
            return false;
        }
        String autoSubmitted = report.header("Auto-Submitted").toLowerCase(Locale.ROOT);
        boolean autoReplied = autoSubmitted.startsWith("auto-replied")
                || !report.header("X-Autoreply").isEmpty()
                || !report.header("X-Autorespond").isEmpty()
                || report.header("Precedence").equalsIgnoreCase("auto_reply");
        return autoReplied || VACATION_SUBJECT.matcher(subject).find();
    }
}
