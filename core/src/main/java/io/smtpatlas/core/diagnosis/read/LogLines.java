package io.smtpatlas.core.diagnosis.read;

import io.smtpatlas.core.diagnosis.text.Addresses;
import io.smtpatlas.core.diagnosis.text.Commands;
import io.smtpatlas.core.diagnosis.text.ReplyCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mail server log lines: Postfix ({@code to=<a@b>, relay=..., dsn=5.1.1, status=bounced (host x[ip] said: ...)})
 * and Exim ({@code ** a@b R=... T=...: SMTP error from remote mail server after RCPT TO:<a@b>: 550 ...}).
 */
public final class LogLines {

    private static final Pattern POSTFIX = Pattern.compile(
            "\\bto=<([^>\\s]{1,320})>.{0,400}?\\bstatus=(bounced|deferred|sent|expired|undeliverable)\\b\\s?(?:\\((.*)\\))?");
    private static final Pattern POSTFIX_RELAY = Pattern.compile("\\brelay=([^\\s,\\[]{1,255})");
    private static final Pattern POSTFIX_DSN = Pattern.compile("\\bdsn=([245]\\.\\d{1,3}\\.\\d{1,3})\\b");
    private static final Pattern EXIM = Pattern.compile("\\s(\\*\\*|==|=>|->)\\s(\\S{1,320}@\\S{1,255})\\s(.*)$");
    private static final Pattern EXIM_HOST = Pattern.compile("\\bH=(\\S{1,255})");
    private static final Pattern EXIM_DIAGNOSTIC = Pattern.compile(
            "(?:SMTP error from remote mail server after [^:]{1,200}:(?:<[^>]{0,320}>:)?\\s*|\\]:\\s*|:\\s)"
                    + "([245]\\d\\d[ -].*)$");

    private LogLines() {}

    public static List<Finding> read(List<String> lines) {
        List<Finding> findings = new ArrayList<>();
        for (String line : lines) {
            if (line.indexOf('@') < 0 || !line.contains("status=") && !startsWithDate(line)) {
                continue;
            }
            Matcher postfix = POSTFIX.matcher(line);
            if (postfix.find()) {
                findings.add(postfix(line, postfix));
                continue;
            }
            Matcher exim = EXIM.matcher(line);
            if (exim.find() && line.matches("^\\s*\\d{4}-\\d\\d-\\d\\d[ T].*")) {
                findings.add(exim(exim));
            }
        }
        return findings;
    }

    private static boolean startsWithDate(String line) {
        String start = line.stripLeading();
        return start.length() > 10 && Character.isDigit(start.charAt(0)) && start.charAt(4) == '-';
    }

    private static Finding postfix(String line, Matcher postfix) {
        Finding finding = new Finding(postfix.group(1));
        String state = postfix.group(2);
        finding.action = switch (state) {
            case "sent" -> "delivered";
            case "deferred" -> "delayed";
            default -> "failed";
        };
        Matcher dsn = POSTFIX_DSN.matcher(line);
        finding.status = dsn.find() ? dsn.group(1) : null;
        Matcher relay = POSTFIX_RELAY.matcher(line);
        if (relay.find() && !relay.group(1).equals("none")) {
            finding.remoteMta = relay.group(1);
        }
        String said = postfix.group(3);
        if (said != null) {
            int start = ReplyCodes.replyStart(said);
            finding.diagnostic = start >= 0 ? said.substring(start) : said;
            finding.replyCode = start >= 0 ? ReplyCodes.reply(said.substring(start)) : null;
            finding.command = Commands.inText(said);
            finding.context = said;
            String host = RemoteHosts.find(said);
            if (host != null) {
                finding.remoteMta = host;
            }
            if (finding.status == null) {
                finding.status = ReplyCodes.enhanced(said);
            }
        }
        return finding;
    }

    private static Finding exim(Matcher exim) {
        Finding finding = new Finding(Addresses.first(exim.group(2)).orElse(exim.group(2)));
        finding.action = switch (exim.group(1)) {
            case "**" -> "failed";
            case "==" -> "delayed";
            default -> "delivered";
        };
        String rest = exim.group(3);
        Matcher host = EXIM_HOST.matcher(rest);
        if (host.find()) {
            finding.remoteMta = host.group(1);
        }
        Matcher diagnostic = EXIM_DIAGNOSTIC.matcher(rest);
        finding.diagnostic = diagnostic.find() ? diagnostic.group(1) : rest;
        finding.replyCode = ReplyCodes.reply(finding.diagnostic);
        finding.status = ReplyCodes.enhancedNearReply(finding.diagnostic);
        finding.command = Commands.inText(rest);
        finding.context = rest;
        return finding;
    }
}
