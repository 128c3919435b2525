package io.smtpatlas.core.code;

import java.util.List;

/** A basic three-digit SMTP reply code (RFC 5321 §4.2). */
public record ReplyCode(int value, String wireText, CommandScope commands, List<RfcReference> rfcs, boolean rare)
        implements SmtpCode {

    public ReplyCode {
        if (value < 200 || value > 599) {
            throw new IllegalArgumentException("SMTP reply codes run from 200 to 599: " + value);
        }
        rfcs = List.copyOf(rfcs);
    }

    @Override
    public String id() {
        return Integer.toString(value);
    }

    @Override
    public CodeKind kind() {
        return CodeKind.BASIC;
    }

    @Override
    public ReplyClass replyClass() {
        return ReplyClass.ofDigit(value / 100);
    }

    @Override
    public ReplySubject subject() {
        return ReplySubject.of(CodeKind.BASIC, value / 10 % 10);
    }

    @Override
    public int orderWithinClass() {
        return value;
    }
}
