package io.smtpatlas.core.diagnosis.read;

import io.smtpatlas.core.code.SmtpCommand;
import io.smtpatlas.core.diagnosis.text.Addresses;
import io.smtpatlas.core.diagnosis.text.Commands;
import io.smtpatlas.core.diagnosis.text.Lines;
import io.smtpatlas.core.diagnosis.text.ReplyCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An SMTP session as people paste it: client commands ("RCPT TO:&lt;a@b&gt;", "C: DATA", "&gt;&gt;&gt; MAIL FROM")
 * and server replies ("550 5.1.1 ...", "S: 250 OK", "&lt;&lt;&lt; 554 ..."). A failed reply belongs to the command
 * before it; a failure after the message data belongs to every recipient the server had accepted.
 */
public final class Transcript {

    private static final Pattern CLIENT_MARK = Pattern.compile("^\\s*(?:>>>|C:|->|-->)\\s*");
    private static final Pattern SERVER_MARK = Pattern.compile("^\\s*(?:<<<|S:|<-|<--)\\s*");

    private Transcript() {}

    public static List<Finding> read(List<String> lines) {
        List<Finding> findings = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        SmtpCommand command = SmtpCommand.CONNECTION;
        String rcptAddress = null;
        boolean sawCommand = false;
        boolean inData = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String client = CLIENT_MARK.matcher(line).replaceFirst("");
            SmtpCommand typed = Commands.onTranscriptLine(line);
            if (typed != null) {
                sawCommand = true;
                command = typed;
                rcptAddress =
                        typed == SmtpCommand.RCPT ? Addresses.first(client).orElse(null) : null;
                continue;
            }
            if (client.strip().equals(".")
                    && (inData || CLIENT_MARK.matcher(line).find())) {
                command = SmtpCommand.END_OF_DATA;
                continue;
            }
            String server = SERVER_MARK.matcher(line).replaceFirst("");
            if (ReplyCodes.replyStart(server) != 0) {
                continue;
            }
            char replyClass = server.charAt(0);
            if (replyClass == '3' && command == SmtpCommand.DATA) {
                inData = true;
                continue;
            }
            if (replyClass == '2') {
                if (command == SmtpCommand.RCPT && rcptAddress != null) {
                    accepted.add(rcptAddress);
                }
                continue;
            }
            if (!sawCommand) {
                continue;
            }
            List<String> reply = new ArrayList<>(List.of(server));
            while (i + 1 < lines.size() && server.length() > 3 && server.charAt(3) == '-') {
                String next = SERVER_MARK.matcher(lines.get(i + 1)).replaceFirst("");
                if (ReplyCodes.replyStart(next) != 0) {
                    break;
                }
                reply.add(next);
                server = next;
                i++;
            }
            String diagnostic = Lines.unfoldReply(reply);
            List<String> recipients = command == SmtpCommand.RCPT
                    ? java.util.Collections.singletonList(rcptAddress)
                    : command == SmtpCommand.DATA || command == SmtpCommand.END_OF_DATA
                            ? new ArrayList<>(accepted)
                            : java.util.Collections.singletonList((String) null);
            if (recipients.isEmpty()) {
                recipients = java.util.Collections.singletonList(null);
            }
            for (String recipient : recipients) {
                Finding finding = new Finding(recipient);
                finding.diagnostic = diagnostic;
                finding.replyCode = ReplyCodes.reply(diagnostic);
                finding.status = ReplyCodes.enhancedNearReply(diagnostic);
                finding.command = command;
                findings.add(finding);
            }
        }
        return findings;
    }
}
