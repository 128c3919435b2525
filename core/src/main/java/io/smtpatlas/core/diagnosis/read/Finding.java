package io.smtpatlas.core.diagnosis.read;

import io.smtpatlas.core.code.SmtpCommand;

/**
 * What one reader found about one recipient before classification: only values written in the text. Mutable
 * while a reader fills it; the diagnoser turns it into a {@code RecipientDiagnosis}.
 */
public final class Finding {
    public String recipient;
    public String status;
    public String replyCode;
    /** The DSN action ("failed", "delayed", "delivered", ...) in lower case, or null. */
    public String action;

    public String remoteMta;
    public String reportingMta;
    public SmtpCommand command;
    public String diagnostic;
    /** Extra human text about this recipient: read to classify the reason, never shown as the server's words. */
    public String context;

    public Finding() {}

    public Finding(String recipient) {
        this.recipient = recipient;
    }

    /** Fills what this finding lacks from another one about the same recipient. */
    public void complete(Finding other) {
        if (recipient == null) {
            recipient = other.recipient;
        }
        if (status == null) {
            status = other.status;
        }
        if (replyCode == null) {
            replyCode = other.replyCode;
        }
        if (action == null) {
            action = other.action;
        }
        if (remoteMta == null) {
            remoteMta = other.remoteMta;
        }
        if (reportingMta == null) {
            reportingMta = other.reportingMta;
        }
        if (command == null) {
            command = other.command;
        }
        if (diagnostic == null) {
            diagnostic = other.diagnostic;
        }
        if (other.context != null) {
            context = context == null ? other.context : context + " " + other.context;
        }
    }

    public boolean hasCode() {
        return status != null || replyCode != null;
    }

    @Override
    public String toString() {
        return recipient + " " + status + " " + replyCode + " " + action + " " + command + " [" + diagnostic + "]";
    }
}
