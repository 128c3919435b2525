package io.smtpatlas.core.code;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which steps of a session can get a code, with the source that says so. {@code named} are the steps a source
 * names; {@code anyCommand} says the code can also answer any command typed on the wire except {@code except}
 * (421 when the server shuts down, 530 before AUTH, 554 after a failed TLS negotiation). "Any command" is a
 * scope, never one more command: comparisons ask {@link #receives} for each command.
 */
public record CommandScope(Set<SmtpCommand> named, boolean anyCommand, Set<SmtpCommand> except, String source) {

    public CommandScope {
        named = Set.copyOf(named);
        except = Set.copyOf(except);
        if (named.contains(SmtpCommand.ANY)) {
            throw new IllegalArgumentException("ANY is a scope, not a command: use anyCommand");
        }
        if (!anyCommand && !except.isEmpty()) {
            throw new IllegalArgumentException("Exceptions only make sense for any command");
        }
        source = source == null ? "" : source.trim();
    }

    public static CommandScope none() {
        return new CommandScope(Set.of(), false, Set.of(), "");
    }

    /** True when no source ties the code to any step of the session. */
    public boolean isEmpty() {
        return named.isEmpty() && !anyCommand;
    }

    /** True when the code can answer this step: named, or covered by "any command" (wire commands only). */
    public boolean receives(SmtpCommand command) {
        if (named.contains(command)) {
            return true;
        }
        return anyCommand && command.isOnTheWire() && !except.contains(command);
    }

    /** The named steps in session order. */
    public Set<SmtpCommand> namedInOrder() {
        return named.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(named));
    }

    /** Protocol tokens for the JSON API: the named steps, then "ANY" when the code can answer any command. */
    public java.util.List<String> tokens() {
        java.util.List<String> tokens = new java.util.ArrayList<>(
                namedInOrder().stream().map(Enum::name).toList());
        if (anyCommand) {
            tokens.add(SmtpCommand.ANY.name());
        }
        return tokens;
    }
}
