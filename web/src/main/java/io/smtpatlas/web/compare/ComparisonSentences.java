package io.smtpatlas.web.compare;

import io.smtpatlas.core.code.CodeKind;
import io.smtpatlas.core.code.ReplySubject;
import io.smtpatlas.core.code.RetryAdvice;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.compare.Aspect;
import io.smtpatlas.core.compare.Comparison;
import io.smtpatlas.core.compare.Relation;
import io.smtpatlas.web.i18n.AppMessages;
import io.smtpatlas.web.i18n.Labels;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the facts of a comparison into the "key differences" of a page. Each fact picks one whole sentence of the
 * message bundle and fills its named parameters, so every locale controls its own word order.
 */
final class ComparisonSentences {

    private ComparisonSentences() {
    }

    static List<String> keyDifferences(Comparison comparison, AppMessages msg) {
        SmtpCode a = comparison.pair().first();
        SmtpCode b = comparison.pair().second();
        List<String> sentences = new ArrayList<>();

        if (comparison.relation() == Relation.ENHANCED_DETAILS_BASIC) {
            sentences.add(msg.compare_relation_details(a.id(), b.id()));
        } else if (comparison.differsIn(Aspect.KIND)) {
            sentences.add(msg.compare_kind_different(a.id(), b.id()));
        } else {
            sentences.add(a.kind() == CodeKind.BASIC ? msg.compare_kind_same_basic() : msg.compare_kind_same_enhanced());
        }
        if (comparison.relation() == Relation.SAME_CONDITION_OTHER_CLASS) {
            sentences.add(msg.compare_relation_counterparts(a.id(), b.id()));
        }

        sentences.add(comparison.differsIn(Aspect.CLASS)
                ? msg.compare_class_different(a.id(), b.id(), Labels.replyClass(msg, a.replyClass()),
                        Labels.replyClass(msg, b.replyClass()))
                : msg.compare_class_same(Labels.replyClass(msg, a.replyClass())));

        if (comparison.differsIn(Aspect.RETRY)) {
            sentences.add(retry(a, msg));
            sentences.add(retry(b, msg));
        } else {
            sentences.add(retryBoth(a.replyClass().retryAdvice(), msg));
        }

        // Basic and enhanced subjects are numbered differently, so only codes of one kind compare subjects;
        // the unassigned basic categories x3z and x4z say nothing worth a sentence.
        if (!comparison.differsIn(Aspect.KIND) && hasNamedSubject(a) && hasNamedSubject(b)) {
            sentences.add(comparison.differsIn(Aspect.SUBJECT)
                    ? msg.compare_subject_different(a.id(), b.id(), Labels.subject(msg, a.subject()), Labels.subject(msg, b.subject()))
                    : msg.compare_subject_same(Labels.subject(msg, a.subject())));
        }

        if (!a.commands().isEmpty() && !b.commands().isEmpty()) {
            sentences.add(comparison.commonCommands().isEmpty() ? msg.compare_commands_none_common()
                    : msg.compare_commands_common(Labels.commands(msg, comparison.commonCommands())));
            if (!comparison.onlyFirstCommands().isEmpty()) {
                sentences.add(msg.compare_commands_only(a.id(),
                        Labels.commands(msg, comparison.onlyFirstCommands())));
            }
            if (!comparison.onlySecondCommands().isEmpty()) {
                sentences.add(msg.compare_commands_only(b.id(),
                        Labels.commands(msg, comparison.onlySecondCommands())));
            }
        }
        return sentences;
    }

    private static boolean hasNamedSubject(SmtpCode code) {
        return code.subject() != ReplySubject.UNSPECIFIED_3 && code.subject() != ReplySubject.UNSPECIFIED_4;
    }

    static String retry(SmtpCode code, AppMessages msg) {
        return switch (code.replyClass().retryAdvice()) {
            case NOTHING_TO_RETRY -> msg.compare_retry_nothing(code.id());
            case CONTINUE -> msg.compare_retry_continue(code.id());
            case RETRY_LATER -> msg.compare_retry_later(code.id());
            case DO_NOT_RETRY_UNCHANGED -> msg.compare_retry_never(code.id());
        };
    }

    private static String retryBoth(RetryAdvice advice, AppMessages msg) {
        return switch (advice) {
            case NOTHING_TO_RETRY -> msg.compare_retry_both_nothing();
            case CONTINUE -> msg.compare_retry_both_continue();
            case RETRY_LATER -> msg.compare_retry_both_later();
            case DO_NOT_RETRY_UNCHANGED -> msg.compare_retry_both_never();
        };
    }
}
