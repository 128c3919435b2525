package io.smtpatlas.core.code;

/**
 * The step of an SMTP session a reply answers. Most are commands named as on the wire; three are moments of the
 * session rather than commands, and pages name those in the reader's language.
 */
public enum SmtpCommand {
    /** The greeting sent when the client connects. */
    CONNECTION(false),
    EHLO(true),
    HELO(true),
    STARTTLS(true),
    AUTH(true),
    MAIL(true, "MAIL FROM"),
    RCPT(true, "RCPT TO"),
    DATA(true),
    /** The reply after the message body's final "." line. */
    END_OF_DATA(false),
    BDAT(true),
    BURL(true),
    RSET(true),
    VRFY(true),
    EXPN(true),
    HELP(true),
    NOOP(true),
    QUIT(true),
    ETRN(true),
    ATRN(true),
    /** Only the JSON API token of {@link CommandScope#anyCommand()}; never a step of its own. */
    ANY(false);

    private final boolean onTheWire;
    private final String wireName;

    SmtpCommand(boolean onTheWire) {
        this.onTheWire = onTheWire;
        this.wireName = name();
    }

    SmtpCommand(boolean onTheWire, String wireName) {
        this.onTheWire = onTheWire;
        this.wireName = wireName;
    }

    /** True for commands typed on the wire, whose names are never translated. */
    public boolean isOnTheWire() {
        return onTheWire;
    }

    /** The command as a client types it: "MAIL FROM", "EHLO". */
    public String wireName() {
        return wireName;
    }
}
