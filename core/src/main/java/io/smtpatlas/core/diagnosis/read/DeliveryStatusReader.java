package io.smtpatlas.core.diagnosis.read;

import io.smtpatlas.core.diagnosis.text.Addresses;
import io.smtpatlas.core.diagnosis.text.Commands;
import io.smtpatlas.core.diagnosis.text.Lines;
import io.smtpatlas.core.diagnosis.text.ReplyCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 3464 delivery status fields: the per-message group (Reporting-MTA) and one per-recipient group per
 * Final-Recipient (Original-Recipient, Action, Status, Remote-MTA, Diagnostic-Code, X-* fields). Reads them in a
 * {@code message/delivery-status} part and also where a mail system pasted them into a text part.
 */
public final class DeliveryStatusReader {

    private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z0-9-]{1,40})\\s?:\\s*(.*)$");
    private static final Pattern TYPED = Pattern.compile("^\\s*([A-Za-z0-9-]{1,20})\\s*;\\s*(.*)$");
    private static final Pattern REPEATED_CODES =
            Pattern.compile("^[245]\\d\\d[ -]#?(?:[245]\\.\\d{1,3}\\.\\d{1,3}\\s)?");
    private static final Pattern STATUS_VALUE = Pattern.compile("^\\s*([245]\\.\\d{1,3}\\.\\d{1,3})\\b");

    private DeliveryStatusReader() {}

    /** True when the text holds per-recipient delivery status fields. */
    public static boolean holdsFields(String text) {
        if (text == null) {
            return false;
        }
        String head = text.length() > Lines.MAX_TEXT ? text.substring(0, Lines.MAX_TEXT) : text;
        String lower = head.toLowerCase(Locale.ROOT);
        return (lower.contains("final-recipient:") || lower.contains("original-recipient:"))
                && (lower.contains("action:") || lower.contains("status:") || lower.contains("diagnostic-code:"));
    }

    public static List<Finding> read(String text) {
        List<String[]> fields = fields(Lines.of(text));
        List<Finding> findings = new ArrayList<>();
        String reportingMta = null;
        Finding current = null;
        // Recipient fields written before the report's first recipient line, when a sender puts the whole report
        // in one block: they belong to the record that line starts.
        Finding early = new Finding();
        boolean currentHasFinal = false;
        boolean currentFilled = false;
        boolean currentHasOriginal = false;
        for (String[] field : fields) {
            String name = field[0].toLowerCase(Locale.ROOT);
            String value = field[1];
            switch (name) {
                case "reporting-mta" -> reportingMta = typedValue(value);
                case "original-recipient" -> {
                    // A record starts at its first recipient field, whichever of the two comes first.
                    if (current == null || currentHasOriginal || currentHasFinal && currentFilled) {
                        current = current == null ? early : new Finding();
                        current.recipient = address(value);
                        current.reportingMta = reportingMta;
                        findings.add(current);
                        currentHasFinal = false;
                        currentFilled = false;
                    }
                    currentHasOriginal = true;
                }
                case "final-recipient" -> {
                    if (current == null || currentHasFinal) {
                        current = current == null ? early : new Finding();
                        current.recipient = address(value);
                        current.reportingMta = reportingMta;
                        findings.add(current);
                        currentHasOriginal = false;
                        currentFilled = false;
                    } else if (address(value) != null) {
                        current.recipient = address(value);
                    }
                    currentHasFinal = true;
                }
                case "action" -> {
                    Finding target = current == null ? early : current;
                    currentFilled |= current != null;
                    if (target.action == null) {
                        target.action = value.strip().toLowerCase(Locale.ROOT).split("[\\s(]", 2)[0];
                    }
                }
                case "status" -> {
                    Matcher status = STATUS_VALUE.matcher(value);
                    Finding target = current == null ? early : current;
                    currentFilled |= current != null;
                    if (target.status == null && status.find()) {
                        target.status = status.group(1);
                        String comment = value.substring(status.end()).strip();
                        if (!comment.isEmpty()) {
                            target.context = comment;
                        }
                    }
                }
                case "remote-mta" -> {
                    Finding target = current == null ? early : current;
                    if (target.remoteMta == null) {
                        target.remoteMta = host(typedValue(value));
                    }
                }
                case "diagnostic-code" -> {
                    Finding target = current == null ? early : current;
                    if (target.diagnostic == null) {
                        target.diagnostic = typedValue(value);
                    }
                }
                default -> {
                    if (current != null
                            && name.startsWith("x-")
                            && name.contains("diag")
                            && current.diagnostic == null) {
                        current.diagnostic = typedValue(value);
                    }
                }
            }
        }
        for (Finding finding : findings) {
            completeFromDiagnostic(finding);
        }
        return findings;
    }

    /** The reply code, a missing status and the command, from the server's words. */
    static void completeFromDiagnostic(Finding finding) {
        String diagnostic = finding.diagnostic;
        if (diagnostic == null || diagnostic.isBlank()) {
            finding.diagnostic = null;
            return;
        }
        diagnostic = Lines.withoutRepeatedCodes(diagnostic);
        finding.diagnostic = diagnostic;
        finding.replyCode = ReplyCodes.reply(diagnostic);
        String inText = ReplyCodes.enhancedNearReply(diagnostic);
        if (finding.status == null) {
            finding.status = inText;
        } else if (inText != null
                && !inText.endsWith(".0.0")
                && inText.charAt(0) == finding.status.charAt(0)
                && (finding.status.endsWith(".0.0") || ReplyCodes.consistentPair(diagnostic) != null)) {
            // The reporting server's Status is its summary; the remote server's own reply ("550 5.7.1") is
            // more precise when it agrees in class.
            finding.status = inText;
        }
        finding.command = Commands.inText(diagnostic);
    }

    /** Fields with their continuation lines joined; a line that is no field ends nothing but is skipped. */
    static List<String[]> fields(List<String> lines) {
        List<String[]> fields = new ArrayList<>();
        String[] last = null;
        for (String line : lines) {
            if (last != null && !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                // A folded multi-line reply repeats its codes on every line ("550-5.7.1 ..."): keep the words.
                last[1] = last[1] + " " + REPEATED_CODES.matcher(line.strip()).replaceFirst("");
                continue;
            }
            Matcher field = FIELD.matcher(line);
            if (field.matches()) {
                last = new String[] {field.group(1), field.group(2).strip()};
                fields.add(last);
            } else {
                last = null;
            }
        }
        for (String[] field : fields) {
            field[1] = Lines.collapseSpaces(field[1]);
        }
        return fields;
    }

    /** "rfc822; a@b" → "a@b"; "smtp; 550 ..." → "550 ..."; an untyped value as is. */
    static String typedValue(String value) {
        Matcher typed = TYPED.matcher(value);
        return typed.matches() ? typed.group(2).strip() : value.strip();
    }

    private static String address(String value) {
        String typed = typedValue(value);
        return Addresses.first(typed)
                .orElse(typed.isBlank() ? null : typed.replaceAll("[<>]", "").strip());
    }

    private static String host(String value) {
        String host = value.strip();
        return host.isEmpty() ? null : host;
    }
}
