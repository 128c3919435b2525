package io.smtpatlas.core.diagnosis.read;

import io.smtpatlas.core.diagnosis.MailMessage;
import io.smtpatlas.core.diagnosis.MailMessage.Part;
import io.smtpatlas.core.diagnosis.text.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A message seen as a bounce: the human-readable report, the machine-readable delivery status, and the returned
 * original message, told apart by MIME type and, in a single text part, by the lines that start the copy of the
 * original.
 */
public final class Report {

    /** A decorated line announcing the copy of the original message ("------ This is a copy of the message"). */
    private static final Pattern RETURNED_MARKER = Pattern.compile(
            "(?i)^\\s*(?:[-=_*#]{2,}|\\[|<-)\\s*.{0,40}(original message|returned message|copy of (?:the|your|this) message"
                    + "|message (?:text|headers?) follows?|message follows|undelivered message|original mail"
                    + "|headers? of (?:the |your )?(?:original|returned|message)|rfc822|unsent message|this line is a copy"
                    + "|original headers|message header)");

    private static final Pattern RETURNED_TITLE = Pattern.compile(
            "(?i)^\\s*(?:(?:original|returned|undelivered)\\s+(?:message|mail)(?:\\s+headers)?(?:\\s+follows?)?"
                    + "|original message headers|message headers follow|included is a copy.{0,40}"
                    + "|content-type:\\s*(?:message/rfc822|text/rfc822-headers))\\s*[:.]?\\s*$");
    private static final Pattern EMBEDDED_HEADER =
            Pattern.compile("^(?:Received: from |Return-Path: <|Message-I[dD]: <|DKIM-Signature: |X-Mailer: )");

    private static final int MAX_HUMAN_LINES = 1_500;

    private final MailMessage message;
    private final List<String> humanLines = new ArrayList<>();
    private final List<String> deliveryStatus = new ArrayList<>();
    private final List<String> returned = new ArrayList<>();
    private final List<Part> feedbackReports = new ArrayList<>();
    private final List<String> allTextLines = new ArrayList<>();
    private final StringBuilder rawText = new StringBuilder();
    private List<String[]> returnedFields;

    public Report(MailMessage message) {
        this.message = message;
        boolean sawReturned = false;
        boolean sawPlain = message.parts().stream().anyMatch(p -> p.mimeType().equals("text/plain"));
        for (Part part : message.parts()) {
            String type = part.mimeType();
            String text = part.text() == null ? "" : part.text();
            switch (type) {
                case "message/delivery-status", "message/global-delivery-status" -> deliveryStatus.add(text);
                case "message/feedback-report" -> feedbackReports.add(part);
                case "message/rfc822",
                        "text/rfc822-headers",
                        "message/global",
                        "message/global-headers",
                        "message/partial" -> {
                    returned.add(text);
                    sawReturned = true;
                }
                default -> {
                    if (!type.startsWith("text/") || sawReturned && !deliveryStatus.isEmpty()) {
                        continue;
                    }
                    if (type.equals("text/html") && sawPlain) {
                        continue;
                    }
                    String readable = type.equals("text/html") ? Html.toText(text) : text;
                    if (!sawReturned && rawText.length() < Lines.MAX_TEXT) {
                        rawText.append(readable, 0, Math.min(readable.length(), Lines.MAX_TEXT))
                                .append('\n');
                    }
                    List<String> lines = Lines.of(readable);
                    allTextLines.addAll(lines);
                    if (sawReturned) {
                        continue;
                    }
                    splitHumanAndReturned(lines);
                }
            }
        }
    }

    private void splitHumanAndReturned(List<String> lines) {
        int cut = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() < 200
                    && (RETURNED_MARKER.matcher(line).find()
                            || RETURNED_TITLE.matcher(line).find())) {
                cut = i;
                break;
            }
            if (i > 0 && EMBEDDED_HEADER.matcher(line).find() && looksLikeHeaderBlock(lines, i)) {
                cut = i;
                break;
            }
        }
        // The report written for people is short; a long one is mostly something else pasted along.
        int room = Math.max(0, MAX_HUMAN_LINES - humanLines.size());
        humanLines.addAll(lines.subList(0, Math.min(cut, room)));
        if (cut < lines.size()) {
            returned.add(String.join("\n", lines.subList(cut, Math.min(lines.size(), cut + 400))));
        }
    }

    private static boolean looksLikeHeaderBlock(List<String> lines, int start) {
        int fields = 0;
        for (int i = start; i < Math.min(lines.size(), start + 6); i++) {
            String line = lines.get(i);
            if (line.matches("^[A-Za-z][A-Za-z0-9-]{1,40}: .*") || line.startsWith(" ") || line.startsWith("\t")) {
                fields++;
            }
        }
        return fields >= 3;
    }

    public MailMessage message() {
        return message;
    }

    /** The report written for people, without the returned original message. */
    public List<String> humanLines() {
        return humanLines;
    }

    /** The text parts before the returned message as written, long lines kept whole (JSON notifications). */
    public String rawText() {
        return rawText.toString();
    }

    public String humanText() {
        return String.join("\n", humanLines);
    }

    /** Delivery status texts: the standard parts, else fields a mail system wrote into its text. */
    public List<String> deliveryStatusTexts() {
        if (!deliveryStatus.isEmpty()) {
            return deliveryStatus;
        }
        String human = humanText();
        return DeliveryStatusReader.holdsFields(human) ? List.of(human) : List.of();
    }

    public List<String> returnedTexts() {
        return returned;
    }

    public List<Part> feedbackReports() {
        return feedbackReports;
    }

    public List<String> allTextLines() {
        return allTextLines;
    }

    public String header(String name) {
        return message.header(name).orElse("");
    }

    /** All top-level header fields as one text, for marks a mail system leaves in any of them. */
    public String headerText() {
        StringBuilder text = new StringBuilder();
        for (MailMessage.Header header : message.headers()) {
            text.append(header.name()).append(": ").append(header.value()).append('\n');
            if (text.length() > 16_384) {
                break;
            }
        }
        return text.toString();
    }

    public String subject() {
        return header("Subject");
    }

    /** A header field of the returned original message ("To"), or empty. */
    public String returnedHeader(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (String[] field : returnedFields()) {
            if (field[0].equals(wanted)) {
                return field[1];
            }
        }
        return "";
    }

    /** The header block of the first returned message, read once: lower-case name and unfolded value. */
    private List<String[]> returnedFields() {
        if (returnedFields != null) {
            return returnedFields;
        }
        List<String[]> fields = new ArrayList<>();
        for (String text : returned) {
            int end = text.indexOf("\n\n");
            int endCrlf = text.indexOf("\r\n\r\n");
            int stop = end < 0 ? text.length() : end;
            if (endCrlf >= 0 && endCrlf < stop) {
                stop = endCrlf;
            }
            String block = text.substring(0, Math.min(stop, 32_768));
            String[] last = null;
            for (String line : block.split("\r?\n", 2_000)) {
                if (last != null && !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                    last[1] = last[1] + " " + line.strip();
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon > 0 && colon < 80) {
                    last = new String[] {
                        line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip()
                    };
                    fields.add(last);
                }
            }
            if (!fields.isEmpty()) {
                break;
            }
        }
        returnedFields = fields;
        return fields;
    }
}
