package io.smtpatlas.core.diagnosis.text;

import io.smtpatlas.core.code.SmtpCommand;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which SMTP step a reply answered, from the words mail servers write around it. */
public final class Commands {

    private static final Pattern IN_REPLY_TO = Pattern.compile(
            "(?i)(?:in reply to|after|response to|reply to|during|while sending|error in|failed at|rejected at"
                    + "|at the|upon|on)\\s{1,3}(?:the\\s)?(?:end of\\s(?:the\\s)?)?"
                    + "(RCPT\\s?TO|MAIL\\s?FROM|DATA|HELO|EHLO|STARTTLS|AUTH|BDAT|RCPT|MAIL|end of data|initial connection"
                    + "|connection|greeting|banner|message data|data transmission|QUIT|RSET)");
    private static final Pattern TRANSCRIPT = Pattern.compile(
            "(?i)^\\s*(?:>>>|C:|-->|->)?\\s*(RCPT TO|MAIL FROM|DATA|HELO|EHLO|STARTTLS|AUTH|BDAT|QUIT|RSET)\\b");
    private static final Pattern END_OF_DATA =
            Pattern.compile("(?i)end of data|after data|message data|(?:in reply to|after) end of|data transmission|"
                    + "after the message|message body|in reply to \\.|\\bafter DATA\\b");

    private static final java.util.List<String> STEP_WORDS = java.util.List.of(
            "rcpt",
            "mail",
            "data",
            "helo",
            "ehlo",
            "starttls",
            "auth",
            "bdat",
            "quit",
            "rset",
            "end of",
            "connection",
            "greeting",
            "banner");

    private Commands() {}

    /** A cheap check first: most texts name no SMTP step at all. */
    private static boolean namesAStep(String text) {
        String lower = (text.length() > 8_000 ? text.substring(0, 8_000) : text).toLowerCase(java.util.Locale.ROOT);
        return STEP_WORDS.stream().anyMatch(lower::contains);
    }

    /** The command named in a sentence such as "(in reply to RCPT TO command)", or null. */
    public static SmtpCommand inText(String text) {
        if (text == null || !namesAStep(text)) {
            return null;
        }
        Matcher matcher = IN_REPLY_TO.matcher(text);
        if (!matcher.find()) {
            return null;
        }
        String named = matcher.group(1).toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        String around = text.substring(matcher.start(), Math.min(text.length(), matcher.end() + 12));
        if (named.equals("DATA") && (END_OF_DATA.matcher(around).find() || around.matches("(?is).*end of.*"))) {
            return SmtpCommand.END_OF_DATA;
        }
        return of(named);
    }

    /** The command on a transcript line ("&gt;&gt;&gt; RCPT TO:&lt;a@b&gt;"), or null. */
    public static SmtpCommand onTranscriptLine(String line) {
        Matcher matcher = TRANSCRIPT.matcher(line);
        return matcher.find()
                ? of(matcher.group(1).toUpperCase(java.util.Locale.ROOT).replace(" ", ""))
                : null;
    }

    public static SmtpCommand of(String named) {
        return switch (named) {
            case "RCPTTO", "RCPT" -> SmtpCommand.RCPT;
            case "MAILFROM", "MAIL" -> SmtpCommand.MAIL;
            case "DATA", "BDAT" -> SmtpCommand.DATA;
            case "ENDOFDATA", "MESSAGEDATA", "DATATRANSMISSION" -> SmtpCommand.END_OF_DATA;
            case "HELO" -> SmtpCommand.HELO;
            case "EHLO" -> SmtpCommand.EHLO;
            case "STARTTLS" -> SmtpCommand.STARTTLS;
            case "AUTH" -> SmtpCommand.AUTH;
            case "QUIT" -> SmtpCommand.QUIT;
            case "RSET" -> SmtpCommand.RSET;
            case "INITIALCONNECTION", "CONNECTION", "GREETING", "BANNER" -> SmtpCommand.CONNECTION;
            default -> null;
        };
    }
}
