package io.smtpatlas.core.diagnosis.read;

import io.smtpatlas.core.code.SmtpCommand;
import io.smtpatlas.core.diagnosis.text.Addresses;
import io.smtpatlas.core.diagnosis.text.Commands;
import io.smtpatlas.core.diagnosis.text.Lines;
import io.smtpatlas.core.diagnosis.text.ReplyCodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout most non-standard bounces share (Postfix, Exim, qmail, Exchange, Gmail, Yahoo, ...): a line that
 * names a failed address, followed by the server's answer or an explanation. Each such line opens a block that
 * runs to the next one; blocks about the same address are merged.
 */
public final class RecipientBlocks {

    private static final int MAX_BLOCK_LINES = 40;
    /** A line that starts with an address, possibly after a label such as "Recipient:" or a bracket. */
    private static final Pattern ANCHOR = Pattern.compile(
            "(?i)^\\s{0,40}(?:[-*\\u2022]{1,2}\\s{1,4})?(?:(?:rcpt to|recipient(?:s)?(?: address(?:es)?)?|failed recipient(?:s)?"
                    + "|original recipient|final recipient|to|address(?:e)?|empf\\u00e4nger|destinataire|destinatario"
                    + "|delivery to|invalid recipient|unknown recipient|bad recipient|user|mailbox|your message to)"
                    + "\\s{0,4}[:=]?\\s{0,8}|[a-z][a-z '()-]{0,40}:\\s{0,8})?[<\"'(\\[]{0,2}(?=[^\\s@<>]{1,64}@)");
    /** Sendmail's per-address result line: "550 5.1.1 &lt;a@b&gt;... User unknown". */
    private static final Pattern SENDMAIL_RESULT = Pattern.compile(
            "^\\s{0,8}[245]\\d\\d[ -](?:[245]\\.\\d{1,3}\\.\\d{1,3} )?<?([^\\s<>@]{1,64}@[^\\s<>]{1,255}?)>?\\.\\.\\.\\s");

    private static final Pattern TRANSCRIPT_LINE = Pattern.compile("^\\s*(?:>>>|<<<|C:|S:|->|<-)");
    private static final Pattern HEADER_LIKE = Pattern.compile(
            "(?i)^\\s*(?:from|sender|reply-to|return-path|cc|bcc|message-id|in-reply-to|references|subject|date"
                    + "|original-recipient|final-recipient|x-actual-recipient|x-original-to|delivered-to|x-[a-z-]{1,40})\\s*:");
    /** "----- Transcript of session follows -----", "*****": section titles, not anybody's words. */
    private static final Pattern DECORATION = Pattern.compile("^(?:[-=*_#]{3,}|[-=*_#]{2,}.*[-=*_#]{2,}$)");

    private static final Pattern SENDMAIL_REASON = Pattern.compile("(?i)^\\s*\\(?(?:reason|expanded from)\\s*:");

    private RecipientBlocks() {}

    /**
     * Reads the blocks of the human text.
     *
     * @param lines the report's human lines
     * @param notRecipients addresses that wrote or sent the message (lower case), never taken as failed recipients
     */
    public static List<Finding> read(List<String> lines, Set<String> notRecipients) {
        Map<String, Finding> byAddress = new LinkedHashMap<>();
        List<Integer> anchors = new ArrayList<>();
        List<String> anchorAddresses = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String address = anchorAddress(lines.get(i), notRecipients);
            if (address != null) {
                anchors.add(i);
                anchorAddresses.add(address);
            }
        }
        for (int a = 0; a < anchors.size(); a++) {
            int start = anchors.get(a);
            int end = a + 1 < anchors.size() ? anchors.get(a + 1) : lines.size();
            end = Math.min(end, start + MAX_BLOCK_LINES);
            if (a + 1 < anchors.size() && anchors.get(a + 1) == start + 1 && sameGroup(anchorAddresses, a)) {
                // A list of addresses followed by one reason: every address gets the reason below the list.
                end = Math.min(lines.size(), listEnd(anchors, a) + MAX_BLOCK_LINES);
                end = Math.min(end, nextAnchorAfterList(anchors, a, lines.size()));
            }
            Finding block = readBlock(lines.subList(start, end), anchorAddresses.get(a), lineAbove(lines, start));
            String remoteReply = serverReplyAbove(lines, start);
            if (remoteReply != null
                    && block.diagnostic != null
                    && block.diagnostic.toLowerCase(Locale.ROOT).contains("remote protocol error")) {
                // Sendmail's "Remote protocol error" is its own verdict on a reply it did not expect; the
                // remote server's words are the transcript's last reply above the address.
                block.context = block.context + " " + block.diagnostic;
                block.diagnostic = remoteReply;
                block.replyCode = ReplyCodes.reply(remoteReply);
                String status = ReplyCodes.enhancedNearReply(remoteReply);
                block.status = status != null ? status : block.status;
            }
            Finding known = byAddress.get(Addresses.key(block.recipient));
            if (known == null) {
                byAddress.put(Addresses.key(block.recipient), block);
            } else if (!known.hasCode() && block.hasCode()) {
                block.complete(known);
                byAddress.put(Addresses.key(block.recipient), block);
            } else {
                known.complete(block);
            }
        }
        return new ArrayList<>(byAddress.values());
    }

    /** The transcript's server reply ("<<< 550 ...") within the three lines above an anchor, without its mark. */
    private static String serverReplyAbove(List<String> lines, int anchor) {
        for (int i = anchor - 1; i >= Math.max(0, anchor - 3); i--) {
            String line = lines.get(i).strip();
            if (line.startsWith("<<<")) {
                String reply = stripTranscriptMark(line);
                int start = ReplyCodes.replyStart(reply);
                return start == 0 && ReplyCodes.classOf(reply) != '2' ? reply : null;
            }
        }
        return null;
    }

    /** The nearest non-blank line above an anchor, unless it is a section title or another anchor's line. */
    private static String lineAbove(List<String> lines, int anchor) {
        for (int i = anchor - 1; i >= Math.max(0, anchor - 2); i--) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (DECORATION.matcher(line).find()
                    || line.contains("@")
                    || HEADER_LIKE.matcher(line).find()
                    || line.matches("^[A-Za-z][A-Za-z0-9-]{0,40}:\\s.*")) {
                return "";
            }
            return line;
        }
        return "";
    }

    private static boolean sameGroup(List<String> addresses, int a) {
        return !addresses.get(a).equalsIgnoreCase(addresses.get(a + 1));
    }

    private static int listEnd(List<Integer> anchors, int a) {
        int last = anchors.get(a);
        for (int b = a + 1; b < anchors.size() && anchors.get(b) == last + 1; b++) {
            last = anchors.get(b);
        }
        return last + 1;
    }

    private static int nextAnchorAfterList(List<Integer> anchors, int a, int size) {
        int end = listEnd(anchors, a);
        for (int b = a + 1; b < anchors.size(); b++) {
            if (anchors.get(b) >= end) {
                return anchors.get(b);
            }
        }
        return size;
    }

    /** The address a line is about, or null when the line is not an anchor. */
    static String anchorAddress(String line, Set<String> notRecipients) {
        if (line.length() > 600
                || line.indexOf('@') < 0
                || TRANSCRIPT_LINE.matcher(line).find()
                || HEADER_LIKE.matcher(line).find()) {
            return null;
        }
        Matcher anchor = ANCHOR.matcher(line);
        Matcher result = SENDMAIL_RESULT.matcher(line);
        String address;
        if (anchor.lookingAt()) {
            address = Addresses.first(line.substring(anchor.end())).orElse(null);
        } else if (result.lookingAt()) {
            address = Addresses.first(result.group(1)).orElse(null);
        } else {
            return null;
        }
        if (address == null || Addresses.isDaemon(address) || notRecipients.contains(Addresses.key(address))) {
            return null;
        }
        // "a@b.example wrote:" and similar sentences in quoted text are no failure reports.
        String rest = line.substring(line.indexOf(address) + address.length()).strip();
        if (rest.matches("(?i)^>?\\s*(wrote|a \\u00e9crit|schrieb).*")) {
            return null;
        }
        return address;
    }

    static Finding readBlock(List<String> block, String address, String above) {
        Finding finding = new Finding(address);
        String anchorRest = block.get(0);
        int at = anchorRest.indexOf(address);
        if (SENDMAIL_RESULT.matcher(anchorRest).lookingAt()) {
            at = -1;
        } else {
            anchorRest = at < 0 ? "" : anchorRest.substring(at + address.length());
        }
        anchorRest = anchorRest.replaceFirst("^[>\"')\\]]*\\s*[:,.]*\\s*", "");
        SmtpCommand transcriptCommand = null;
        SmtpCommand replyCommand = null;
        int replyLine = -1;
        int replyFrom = -1;
        for (int i = 0; i < block.size(); i++) {
            String line = i == 0 ? anchorRest : block.get(i);
            SmtpCommand command = Commands.onTranscriptLine(line);
            if (command != null) {
                transcriptCommand = command;
            } else if (line.strip().matches("^>>>\\s*\\.\\s*$")) {
                transcriptCommand = SmtpCommand.END_OF_DATA;
            }
            int start = ReplyCodes.replyStart(line);
            if (start >= 0
                    && ReplyCodes.classOf(line.substring(start)) != '2'
                    && ReplyCodes.classOf(line.substring(start)) != '3') {
                replyLine = i;
                replyFrom = start;
                replyCommand = transcriptCommand;
                break;
            }
        }
        List<String> diagnosticLines = new ArrayList<>();
        if (replyLine >= 0) {
            String first = replyLine == 0 ? anchorRest : block.get(replyLine);
            diagnosticLines.add(stripTranscriptMark(first.substring(replyFrom)));
            for (int i = replyLine + 1; i < block.size() && diagnosticLines.size() < 8; i++) {
                String line = block.get(i);
                if (line.isBlank()
                        || TRANSCRIPT_LINE.matcher(line).find() && !line.strip().startsWith("<<<")) {
                    break;
                }
                if (!isContinuation(block.get(replyLine), line)) {
                    break;
                }
                diagnosticLines.add(stripTranscriptMark(line));
            }
        } else {
            if (!anchorRest.isBlank() && !SENDMAIL_REASON.matcher(anchorRest).find()) {
                diagnosticLines.add(anchorRest);
            }
            for (int i = 1; i < block.size() && diagnosticLines.size() < 3; i++) {
                String line = block.get(i).strip();
                if (DECORATION.matcher(line).find()) {
                    line = "";
                }
                if (line.isEmpty()) {
                    if (!diagnosticLines.isEmpty()) {
                        break;
                    }
                    continue;
                }
                diagnosticLines.add(line);
            }
        }
        if (diagnosticLines.isEmpty()) {
            // "Invalid final delivery userid: a@b" or a reason written on the line above the address.
            String label = block.get(0).substring(0, Math.max(0, block.get(0).indexOf(address)));
            label = label.replaceAll("[<\"'(\\[:\\s]+$", "").strip();
            if (label.split("\\s+").length >= 3) {
                diagnosticLines.add(label);
            } else if (!above.isBlank()) {
                diagnosticLines.add(above);
            }
        }
        String diagnostic = replyLine >= 0 ? Lines.unfoldReply(diagnosticLines) : Lines.unfold(diagnosticLines);
        finding.diagnostic = diagnostic.isEmpty() ? null : diagnostic.replaceFirst("^\\(reason:\\s*(.*)\\)$", "$1");
        String blockText = Lines.unfold(block);
        finding.context = blockText;
        finding.replyCode = replyLine >= 0 ? ReplyCodes.reply(finding.diagnostic) : null;
        finding.status = ReplyCodes.enhancedNearReply(finding.diagnostic);
        if (finding.status == null) {
            finding.status = ReplyCodes.enhanced(blockText);
        }
        finding.command = replyCommand != null ? replyCommand : Commands.inText(blockText);
        finding.remoteMta = RemoteHosts.find(blockText);
        return finding;
    }

    private static String stripTranscriptMark(String line) {
        return line.strip().replaceFirst("^(?:<<<|S:|<-)\\s*", "");
    }

    /** Folded lines of one reply: "550-5.1.1 ..." followed by "550 5.1.1 ...", or deeper-indented lines. */
    private static boolean isContinuation(String first, String line) {
        String stripped = stripTranscriptMark(line);
        String firstStripped = stripTranscriptMark(first);
        if (stripped.length() >= 4
                && firstStripped.length() >= 4
                && ReplyCodes.replyStart(stripped) == 0
                && stripped.regionMatches(0, firstStripped, 0, 3)) {
            return true;
        }
        if (ReplyCodes.replyStart(stripped) >= 0) {
            return false;
        }
        return Lines.indent(line) > 0 || !stripped.isEmpty() && Character.isLowerCase(stripped.charAt(0));
    }
}
