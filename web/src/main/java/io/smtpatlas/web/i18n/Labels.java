package io.smtpatlas.web.i18n;

import io.smtpatlas.core.code.ReplyClass;
import io.smtpatlas.core.code.ReplySubject;
import io.smtpatlas.core.code.SmtpCommand;
import java.util.Collection;

/** Names of the code model in the reader's language. Commands typed on the wire keep their wire names. */
public final class Labels {

    private Labels() {}

    public static String replyClass(AppMessages msg, ReplyClass replyClass) {
        return switch (replyClass) {
            case POSITIVE_COMPLETION -> msg.replyClass_POSITIVE_COMPLETION();
            case POSITIVE_INTERMEDIATE -> msg.replyClass_POSITIVE_INTERMEDIATE();
            case TRANSIENT_NEGATIVE -> msg.replyClass_TRANSIENT_NEGATIVE();
            case PERMANENT_NEGATIVE -> msg.replyClass_PERMANENT_NEGATIVE();
        };
    }

    public static String replyClassExplained(AppMessages msg, ReplyClass replyClass) {
        return switch (replyClass) {
            case POSITIVE_COMPLETION -> msg.replyClassExplained_POSITIVE_COMPLETION();
            case POSITIVE_INTERMEDIATE -> msg.replyClassExplained_POSITIVE_INTERMEDIATE();
            case TRANSIENT_NEGATIVE -> msg.replyClassExplained_TRANSIENT_NEGATIVE();
            case PERMANENT_NEGATIVE -> msg.replyClassExplained_PERMANENT_NEGATIVE();
        };
    }

    public static String subject(AppMessages msg, ReplySubject subject) {
        return switch (subject) {
            case SYNTAX -> msg.subject_SYNTAX();
            case INFORMATION -> msg.subject_INFORMATION();
            case CONNECTIONS -> msg.subject_CONNECTIONS();
            case UNSPECIFIED_3, UNSPECIFIED_4 -> msg.subject_UNSPECIFIED();
            case MAIL_SYSTEM, MAIL_SYSTEM_STATUS -> msg.subject_MAIL_SYSTEM();
            case OTHER -> msg.subject_OTHER();
            case ADDRESSING -> msg.subject_ADDRESSING();
            case MAILBOX -> msg.subject_MAILBOX();
            case NETWORK_ROUTING -> msg.subject_NETWORK_ROUTING();
            case MAIL_DELIVERY_PROTOCOL -> msg.subject_MAIL_DELIVERY_PROTOCOL();
            case MESSAGE_CONTENT -> msg.subject_MESSAGE_CONTENT();
            case SECURITY_POLICY -> msg.subject_SECURITY_POLICY();
        };
    }

    public static String command(AppMessages msg, SmtpCommand command) {
        return switch (command) {
            case CONNECTION -> msg.command_CONNECTION();
            case END_OF_DATA -> msg.command_END_OF_DATA();
            case ANY -> throw new IllegalArgumentException("ANY is a scope, never a command name: use CommandScope");
            default -> command.wireName();
        };
    }

    /** Joins items with the locale's list separator: "a, b, c" or "a、b、c". */
    public static String list(AppMessages msg, java.util.List<String> items) {
        return items.stream().reduce(msg::common_list_join).orElse("");
    }

    /** Commands in session order, as a list for a sentence or a facts box. */
    public static String commands(AppMessages msg, Collection<SmtpCommand> commands) {
        return commands.stream()
                .sorted()
                .map(command -> command(msg, command))
                .reduce(msg::common_list_join)
                .orElse("");
    }
}
