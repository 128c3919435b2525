package io.smtpatlas.core.diagnosis;

import io.smtpatlas.core.diagnosis.read.Finding;
import io.smtpatlas.core.diagnosis.read.Report;
import io.smtpatlas.core.diagnosis.text.Addresses;
import io.smtpatlas.core.diagnosis.text.Lines;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a bounce says outside its per-recipient lines: the failed address in a header, delay wording. */
final class Fallbacks {

    private static final Pattern DELAY_WORDS = Pattern.compile(
            "(?i)delayed|will (?:be )?retr|still trying|not yet been delivered|will keep trying|temporar|"
                    + "warning: message|delivery status notification \\(delay\\)");
    private static final Pattern BOUNCE_WORDS = Pattern.compile(
            "(?i)undeliver|could not be delivered|delivery (?:has )?failed|returned mail|failure notice|"
                    + "non-?delivery|delivery status|unable to deliver|not delivered|mail delivery|rejected|bounce");

    /** Sendmail names what a reply is about: "&lt;a@b&gt;... User unknown". */
    private static final Pattern SENDMAIL_SUBJECT = Pattern.compile("<([^<>\\s]{1,320}@[^<>\\s]{1,255})>\\.\\.\\.");

    private Fallbacks() {}

    /**
     * The step to judge the reason by: the one the report names, or MAIL FROM when the reply is about the
     * sender's address (the sender's, as in "&lt;sender@x&gt;... Access denied").
     */
    static io.smtpatlas.core.code.SmtpCommand stepForReasons(Finding finding, java.util.Set<String> senders) {
        if (finding.command != null || finding.diagnostic == null) {
            return finding.command;
        }
        var subject = SENDMAIL_SUBJECT.matcher(finding.diagnostic);
        if (subject.find() && senders.contains(Addresses.key(subject.group(1)))) {
            return io.smtpatlas.core.code.SmtpCommand.MAIL;
        }
        return null;
    }

    static void fillRecipients(List<Finding> findings, Report report) {
        String fallback = null;
        for (String source : new String[] {
            report.header("X-Failed-Recipients"), report.returnedHeader("To"), report.header("Original-Recipient")
        }) {
            fallback = Addresses.first(source).orElse(null);
            if (fallback != null) {
                break;
            }
        }
        for (Finding finding : findings) {
            if (finding.recipient == null) {
                finding.recipient = fallback;
            }
        }
    }

    static boolean looksLikeBounce(Report report) {
        String from = report.header("From").toLowerCase(Locale.ROOT);
        return from.contains("mailer-daemon")
                || from.contains("postmaster")
                || BOUNCE_WORDS.matcher(report.subject()).find();
    }

    static boolean soundsDelayed(Report report) {
        return DELAY_WORDS.matcher(report.subject()).find();
    }

    /** "delivery temporarily suspended", "will retry": a text without codes that says it is not final. */
    static boolean soundsDelayed(String diagnostic) {
        return diagnostic != null
                && DELAY_WORDS
                        .matcher(diagnostic.length() > 2_000 ? diagnostic.substring(0, 2_000) : diagnostic)
                        .find();
    }

    static String humanSummary(Report report) {
        String text = Lines.unfold(report.humanLines());
        return text.length() > 3_000 ? text.substring(0, 3_000) : text;
    }
}
