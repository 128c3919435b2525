package io.smtpatlas.core.code;

/**
 * What a code is about: the second digit of a basic code (RFC 5321 §4.2.1) or the subject of an enhanced code
 * (RFC 3463 §3). The two numberings differ, so each constant records which kind of code it belongs to.
 */
public enum ReplySubject {
    SYNTAX(CodeKind.BASIC, 0),
    INFORMATION(CodeKind.BASIC, 1),
    CONNECTIONS(CodeKind.BASIC, 2),
    UNSPECIFIED_3(CodeKind.BASIC, 3),
    UNSPECIFIED_4(CodeKind.BASIC, 4),
    MAIL_SYSTEM(CodeKind.BASIC, 5),

    OTHER(CodeKind.ENHANCED, 0),
    ADDRESSING(CodeKind.ENHANCED, 1),
    MAILBOX(CodeKind.ENHANCED, 2),
    MAIL_SYSTEM_STATUS(CodeKind.ENHANCED, 3),
    NETWORK_ROUTING(CodeKind.ENHANCED, 4),
    MAIL_DELIVERY_PROTOCOL(CodeKind.ENHANCED, 5),
    MESSAGE_CONTENT(CodeKind.ENHANCED, 6),
    SECURITY_POLICY(CodeKind.ENHANCED, 7);

    private final CodeKind kind;
    private final int number;

    ReplySubject(CodeKind kind, int number) {
        this.kind = kind;
        this.number = number;
    }

    public CodeKind kind() {
        return kind;
    }

    public int number() {
        return number;
    }

    public static ReplySubject of(CodeKind kind, int number) {
        for (ReplySubject subject : values()) {
            if (subject.kind == kind && subject.number == number) {
                return subject;
            }
        }
        throw new IllegalArgumentException("No " + kind + " subject numbered " + number);
    }
}
