package io.smtpatlas.data.translation;

/** A translator tried to approve a text they changed last; someone else must review it. */
public class OwnWorkException extends RuntimeException {

    public OwnWorkException() {
        super("You changed this text last: another person must approve it.");
    }
}
