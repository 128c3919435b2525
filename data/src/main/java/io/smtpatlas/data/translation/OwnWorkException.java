package io.smtpatlas.data.translation;

/** A translator tried to approve a text they changed since it was last approved; someone else must review it. */
public class OwnWorkException extends RuntimeException {

    public OwnWorkException() {
        super("You changed this text since it was last approved: another person must approve it.");
    }
}
