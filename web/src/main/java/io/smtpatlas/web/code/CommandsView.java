package io.smtpatlas.web.code;

import io.smtpatlas.core.code.CodeKind;
import io.smtpatlas.core.code.CommandScope;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.web.i18n.AppMessages;
import io.smtpatlas.web.i18n.Labels;
import java.util.List;

/**
 * The steps of a session that get a code, in the reader's language: chips for the named commands, a sentence for
 * "any other command" (never a chip), or a sentence saying that no source ties the code to a command.
 */
public record CommandsView(List<String> named, String anyOther, String none, String source) {

    public static CommandsView of(SmtpCode code, AppMessages msg) {
        CommandScope scope = code.commands();
        List<String> named = scope.namedInOrder().stream()
                .map(command -> Labels.command(msg, command))
                .toList();
        return new CommandsView(
                named,
                anyOther(scope, msg),
                scope.isEmpty()
                        ? (code.kind() == CodeKind.BASIC
                                ? msg.code_show_no_commands_basic()
                                : msg.code_show_no_commands_enhanced())
                        : "",
                scope.source().isEmpty() ? "" : msg.code_show_commands_source(sourceLabel(scope.source())));
    }

    /**
     * The documents a source cites ("RFC 3463 §3.2; Gmail"), without the English notes in parentheses that the fact
     * tables keep for their readers.
     */
    static String sourceLabel(String source) {
        return source.replaceAll("\\s*\\([^)]*\\)", "").strip();
    }

    /** "Also any other command (except EHLO, NOOP, QUIT)." or "" when the code only answers what it names. */
    public static String anyOther(CommandScope scope, AppMessages msg) {
        if (!scope.anyCommand()) {
            return "";
        }
        return scope.except().isEmpty()
                ? msg.code_show_any_all()
                : msg.code_show_any_except(Labels.commands(msg, scope.except()));
    }

    /** The whole scope as one line, for a table cell: "AUTH, MAIL FROM. Also any other command …". */
    public String summary(AppMessages msg) {
        StringBuilder text = new StringBuilder(Labels.list(msg, named));
        if (!anyOther.isEmpty()) {
            text.append(text.isEmpty() ? "" : " · ").append(anyOther);
        }
        return text.isEmpty() ? none : text.toString();
    }
}
