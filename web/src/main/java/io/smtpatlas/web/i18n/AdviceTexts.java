package io.smtpatlas.web.i18n;

import io.smtpatlas.core.code.FixFamily;
import io.smtpatlas.core.code.NextStep;
import java.util.ArrayList;
import java.util.List;

/**
 * The "answer first" texts of a code in the reader's language: the verdict badge, the next step, and the concrete
 * steps of its family of problems. Whole sentences from the bundle, chosen by the facts of core.
 */
public final class AdviceTexts {

    private AdviceTexts() {}

    public static String badge(AppMessages msg, NextStep step) {
        return switch (step) {
            case DONE -> msg.badge_DONE();
            case CONTINUE -> msg.badge_CONTINUE();
            case QUEUE_AND_RETRY -> msg.badge_QUEUE_AND_RETRY();
            case REPEAT_COMMAND_LATER -> msg.badge_REPEAT_COMMAND_LATER();
            case FIX_BEFORE_RETRY -> msg.badge_FIX_BEFORE_RETRY();
            case SPLIT_RECIPIENTS -> msg.badge_SPLIT_RECIPIENTS();
            case DO_NOT_REPEAT_UNCHANGED -> msg.badge_DO_NOT_REPEAT_UNCHANGED();
            case RESEND_AFTER_PATH_FIXED -> msg.badge_RESEND_AFTER_PATH_FIXED();
        };
    }

    /** "After {code}, ..." for one code, or for two codes that share the step ("450 and 451"). */
    public static String next(AppMessages msg, NextStep step, String code) {
        return switch (step) {
            case DONE -> msg.next_DONE(code);
            case CONTINUE -> msg.next_CONTINUE(code);
            case QUEUE_AND_RETRY -> msg.next_QUEUE_AND_RETRY(code);
            case REPEAT_COMMAND_LATER -> msg.next_REPEAT_COMMAND_LATER(code);
            case FIX_BEFORE_RETRY -> msg.next_FIX_BEFORE_RETRY(code);
            case SPLIT_RECIPIENTS -> msg.next_SPLIT_RECIPIENTS(code);
            case DO_NOT_REPEAT_UNCHANGED -> msg.next_DO_NOT_REPEAT_UNCHANGED(code);
            case RESEND_AFTER_PATH_FIXED -> msg.next_RESEND_AFTER_PATH_FIXED(code);
        };
    }

    /** The family's steps, in order; every locale writes {@link FixFamily#steps()} of them. */
    public static List<String> steps(AppMessages msg, FixFamily family) {
        List<String> steps = new ArrayList<>();
        for (int n = 1; n <= family.steps(); n++) {
            steps.add(step(msg, family.name() + "_" + n));
        }
        return steps;
    }

    private static String step(AppMessages msg, String key) {
        return switch (key) {
            case "SUCCESS_1" -> msg.todo_SUCCESS_1();
            case "SUCCESS_2" -> msg.todo_SUCCESS_2();
            case "INTERMEDIATE_1" -> msg.todo_INTERMEDIATE_1();
            case "INTERMEDIATE_2" -> msg.todo_INTERMEDIATE_2();
            case "MAILBOX_OR_POLICY_1" -> msg.todo_MAILBOX_OR_POLICY_1();
            case "MAILBOX_OR_POLICY_2" -> msg.todo_MAILBOX_OR_POLICY_2();
            case "MAILBOX_OR_POLICY_3" -> msg.todo_MAILBOX_OR_POLICY_3();
            case "MAILBOX_OR_POLICY_4" -> msg.todo_MAILBOX_OR_POLICY_4();
            case "RECIPIENT_ADDRESS_1" -> msg.todo_RECIPIENT_ADDRESS_1();
            case "RECIPIENT_ADDRESS_2" -> msg.todo_RECIPIENT_ADDRESS_2();
            case "RECIPIENT_ADDRESS_3" -> msg.todo_RECIPIENT_ADDRESS_3();
            case "SENDER_ADDRESS_1" -> msg.todo_SENDER_ADDRESS_1();
            case "SENDER_ADDRESS_2" -> msg.todo_SENDER_ADDRESS_2();
            case "MAILBOX_1" -> msg.todo_MAILBOX_1();
            case "MAILBOX_2" -> msg.todo_MAILBOX_2();
            case "MAILBOX_3" -> msg.todo_MAILBOX_3();
            case "MESSAGE_SIZE_1" -> msg.todo_MESSAGE_SIZE_1();
            case "MESSAGE_SIZE_2" -> msg.todo_MESSAGE_SIZE_2();
            case "RECEIVING_SYSTEM_1" -> msg.todo_RECEIVING_SYSTEM_1();
            case "RECEIVING_SYSTEM_2" -> msg.todo_RECEIVING_SYSTEM_2();
            case "SERVICE_REFUSED_1" -> msg.todo_SERVICE_REFUSED_1();
            case "SERVICE_REFUSED_2" -> msg.todo_SERVICE_REFUSED_2();
            case "NETWORK_ROUTING_1" -> msg.todo_NETWORK_ROUTING_1();
            case "NETWORK_ROUTING_2" -> msg.todo_NETWORK_ROUTING_2();
            case "NETWORK_ROUTING_3" -> msg.todo_NETWORK_ROUTING_3();
            case "CLIENT_PROTOCOL_1" -> msg.todo_CLIENT_PROTOCOL_1();
            case "CLIENT_PROTOCOL_2" -> msg.todo_CLIENT_PROTOCOL_2();
            case "CLIENT_PROTOCOL_3" -> msg.todo_CLIENT_PROTOCOL_3();
            case "TOO_MANY_RECIPIENTS_1" -> msg.todo_TOO_MANY_RECIPIENTS_1();
            case "TOO_MANY_RECIPIENTS_2" -> msg.todo_TOO_MANY_RECIPIENTS_2();
            case "MESSAGE_CONTENT_1" -> msg.todo_MESSAGE_CONTENT_1();
            case "MESSAGE_CONTENT_2" -> msg.todo_MESSAGE_CONTENT_2();
            case "AUTHENTICATION_1" -> msg.todo_AUTHENTICATION_1();
            case "AUTHENTICATION_2" -> msg.todo_AUTHENTICATION_2();
            case "AUTHENTICATION_3" -> msg.todo_AUTHENTICATION_3();
            case "PASSWORD_TRANSITION_1" -> msg.todo_PASSWORD_TRANSITION_1();
            case "PASSWORD_TRANSITION_2" -> msg.todo_PASSWORD_TRANSITION_2();
            case "TLS_1" -> msg.todo_TLS_1();
            case "TLS_2" -> msg.todo_TLS_2();
            case "SENDER_AUTHENTICATION_1" -> msg.todo_SENDER_AUTHENTICATION_1();
            case "SENDER_AUTHENTICATION_2" -> msg.todo_SENDER_AUTHENTICATION_2();
            case "SENDER_AUTHENTICATION_3" -> msg.todo_SENDER_AUTHENTICATION_3();
            case "POLICY_BLOCK_1" -> msg.todo_POLICY_BLOCK_1();
            case "POLICY_BLOCK_2" -> msg.todo_POLICY_BLOCK_2();
            case "POLICY_BLOCK_3" -> msg.todo_POLICY_BLOCK_3();
            case "POLICY_BLOCK_4" -> msg.todo_POLICY_BLOCK_4();
            case "RATE_LIMIT_1" -> msg.todo_RATE_LIMIT_1();
            case "RATE_LIMIT_2" -> msg.todo_RATE_LIMIT_2();
            case "RATE_LIMIT_3" -> msg.todo_RATE_LIMIT_3();
            case "REMOTE_QUEUE_1" -> msg.todo_REMOTE_QUEUE_1();
            case "REMOTE_QUEUE_2" -> msg.todo_REMOTE_QUEUE_2();
            case "PRIORITY_1" -> msg.todo_PRIORITY_1();
            case "PRIORITY_2" -> msg.todo_PRIORITY_2();
            case "OWNER_CHANGED_1" -> msg.todo_OWNER_CHANGED_1();
            case "OWNER_CHANGED_2" -> msg.todo_OWNER_CHANGED_2();
            case "GENERIC_1" -> msg.todo_GENERIC_1();
            case "GENERIC_2" -> msg.todo_GENERIC_2();
            default -> throw new IllegalStateException("No step todo_" + key + " in the message bundle");
        };
    }
}
