package io.smtpatlas.core.diagnosis.read;

import io.smtpatlas.core.diagnosis.text.Addresses;
import io.smtpatlas.core.diagnosis.text.Commands;
import io.smtpatlas.core.diagnosis.text.Lines;
import io.smtpatlas.core.diagnosis.text.RepliesFilter;
import io.smtpatlas.core.diagnosis.text.ReplyCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last resort: the first failed server reply anywhere in the text ("550 5.1.1 &lt;a@b&gt;: user unknown"),
 * with its folded continuation lines. Also what a single pasted reply line is read with.
 */
public final class SingleReply {

    private SingleReply() {}

    public static Optional<Finding> read(List<String> lines) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int start = ReplyCodes.replyStart(line);
                if (start < 0 || !RepliesFilter.isFailure(line.substring(start))) {
                    continue;
                }
                if (pass == 0 && ReplyCodes.enhanced(line.substring(start)) == null) {
                    continue;
                }
                List<String> reply = new ArrayList<>(List.of(line.substring(start)));
                for (int j = i + 1; j < lines.size() && reply.size() < 6; j++) {
                    String next = lines.get(j);
                    if (next.isBlank()
                            || ReplyCodes.replyStart(next.strip()) == 0
                                    && !next.strip().regionMatches(0, line.substring(start), 0, 3)) {
                        break;
                    }
                    if (Lines.indent(next) == 0 && ReplyCodes.replyStart(next) != 0) {
                        break;
                    }
                    reply.add(next);
                }
                Finding finding = new Finding();
                finding.diagnostic = Lines.unfoldReply(reply);
                finding.replyCode = ReplyCodes.reply(finding.diagnostic);
                finding.status = ReplyCodes.enhancedNearReply(finding.diagnostic);
                finding.command = Commands.inText(
                        String.join(" ", lines.subList(Math.max(0, i - 2), Math.min(lines.size(), i + 3))));
                finding.recipient = Addresses.first(finding.diagnostic)
                        .filter(a -> !Addresses.isDaemon(a))
                        .orElse(null);
                finding.remoteMta = RemoteHosts.find(String.join(" ", lines.subList(Math.max(0, i - 3), i + 1)));
                return Optional.of(finding);
            }
        }
        return enhancedOnly(lines);
    }

    /** A line with an enhanced code and no reply code ("5.7.26 Unauthenticated email"), in a short text. */
    private static Optional<Finding> enhancedOnly(List<String> lines) {
        if (lines.size() > 20) {
            return Optional.empty();
        }
        for (String line : lines) {
            String status = ReplyCodes.enhanced(line);
            if (status != null && status.charAt(0) != '2') {
                Finding finding = new Finding();
                finding.status = status;
                finding.diagnostic = Lines.collapseSpaces(line.strip());
                finding.recipient = Addresses.first(line)
                        .filter(a -> !Addresses.isDaemon(a))
                        .orElse(null);
                finding.command = Commands.inText(line);
                return Optional.of(finding);
            }
        }
        return Optional.empty();
    }
}
