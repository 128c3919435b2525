package io.smtpatlas.data.translation;

/** Every change up to {@code lastChange} in the change table has been announced and taken in by the observers. */
public record ContentSynced(long lastChange) {}
