package io.smtpatlas.core.code;

/**
 * The kind of problem a code reports, which decides the first concrete steps a reader should take. Each code's
 * family comes from the fact table {@code fix-families.tsv}; each family has 2 to 4 steps in every locale.
 */
public enum FixFamily {
    SUCCESS(2),
    INTERMEDIATE(2),
    /** 550 alone: a bad address or a policy block; the enhanced code tells which. */
    MAILBOX_OR_POLICY(4),
    RECIPIENT_ADDRESS(3),
    SENDER_ADDRESS(2),
    MAILBOX(3),
    MESSAGE_SIZE(2),
    RECEIVING_SYSTEM(2),
    SERVICE_REFUSED(2),
    NETWORK_ROUTING(3),
    CLIENT_PROTOCOL(3),
    TOO_MANY_RECIPIENTS(2),
    MESSAGE_CONTENT(2),
    AUTHENTICATION(3),
    PASSWORD_TRANSITION(2),
    TLS(2),
    SENDER_AUTHENTICATION(3),
    POLICY_BLOCK(4),
    RATE_LIMIT(3),
    REMOTE_QUEUE(2),
    PRIORITY(2),
    OWNER_CHANGED(2),
    GENERIC(2);

    private final int steps;

    FixFamily(int steps) {
        this.steps = steps;
    }

    /** How many steps every locale writes for this family. */
    public int steps() {
        return steps;
    }
}
