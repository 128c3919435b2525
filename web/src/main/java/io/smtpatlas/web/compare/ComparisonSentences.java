package io.smtpatlas.web.compare;

import io.smtpatlas.core.code.CodeKind;
import io.smtpatlas.core.code.NextStep;
import io.smtpatlas.core.code.ReplySubject;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.compare.Aspect;
import io.smtpatlas.core.compare.Comparison;
import io.smtpatlas.core.compare.Relation;
import io.smtpatlas.web.i18n.AdviceTexts;
import io.smtpatlas.web.i18n.AppMessages;
import io.smtpatlas.web.i18n.Labels;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the facts of a comparison into the "key differences" of a page. Each fact picks one whole sentence of the
 * message bundle and fills its named parameters, so every locale controls its own word order. "Any command" is a
 * scope: it gets its own sentence and never appears in a list of commands.
 */
final class ComparisonSentences {

    private ComparisonSentences() {}

    static List<String> keyDifferences(
            Comparison comparison, NextStep firstStep, NextStep secondStep, AppMessages msg) {
        SmtpCode a = comparison.pair().first();
        SmtpCode b = comparison.pair().second();
        List<String> sentences = new ArrayList<>();

        if (comparison.relation() == Relation.ENHANCED_DETAILS_BASIC) {
            sentences.add(msg.compare_relation_details(a.id(), b.id()));
        } else if (comparison.differsIn(Aspect.KIND)) {
            sentences.add(msg.compare_kind_different(a.id(), b.id()));
        } else {
            sentences.add(
                    a.kind() == CodeKind.BASIC ? msg.compare_kind_same_basic() : msg.compare_kind_same_enhanced());
        }
        if (comparison.relation() == Relation.SAME_CONDITION_OTHER_CLASS) {
            sentences.add(msg.compare_relation_counterparts(a.id(), b.id()));
        } else if (comparison.relation() == Relation.SAME_ENTRY_PROVIDER_REUSE) {
            String provider = comparison.reusingProvider().orElseThrow();
            sentences.add(msg.compare_relation_reuse(
                    a.id(),
                    b.id(),
                    provider,
                    comparison.reusedCode().orElseThrow().id()));
        }

        sentences.add(
                comparison.differsIn(Aspect.CLASS)
                        ? msg.compare_class_different(
                                a.id(),
                                b.id(),
                                Labels.replyClass(msg, a.replyClass()),
                                Labels.replyClass(msg, b.replyClass()))
                        : msg.compare_class_same(Labels.replyClass(msg, a.replyClass())));

        if (firstStep != secondStep) {
            sentences.add(AdviceTexts.next(msg, firstStep, a.id()));
            sentences.add(AdviceTexts.next(msg, secondStep, b.id()));
        } else {
            sentences.add(AdviceTexts.next(msg, firstStep, msg.common_and(a.id(), b.id())));
        }

        // Basic and enhanced subjects are numbered differently, so only codes of one kind compare subjects;
        // the unassigned basic categories x3z and x4z say nothing worth a sentence.
        if (!comparison.differsIn(Aspect.KIND) && hasNamedSubject(a) && hasNamedSubject(b)) {
            sentences.add(
                    comparison.differsIn(Aspect.SUBJECT)
                            ? msg.compare_subject_different(
                                    a.id(), b.id(), Labels.subject(msg, a.subject()), Labels.subject(msg, b.subject()))
                            : msg.compare_subject_same(Labels.subject(msg, a.subject())));
        }
        sentences.addAll(commandSentences(comparison, msg));
        return sentences;
    }

    /** Which steps get both codes, which get only one, and who can answer any other command. */
    static List<String> commandSentences(Comparison comparison, AppMessages msg) {
        SmtpCode a = comparison.pair().first();
        SmtpCode b = comparison.pair().second();
        List<String> sentences = new ArrayList<>();
        if (a.commands().isEmpty() || b.commands().isEmpty()) {
            return sentences;
        }
        if (comparison.bothAnyCommand()) {
            sentences.add(msg.compare_commands_both_any());
        }
        if (!comparison.commonCommands().isEmpty()) {
            sentences.add(msg.compare_commands_common(Labels.commands(msg, comparison.commonCommands())));
        } else if (!comparison.bothAnyCommand()) {
            sentences.add(msg.compare_commands_none_common());
        }
        if (!comparison.onlyFirstCommands().isEmpty()) {
            sentences.add(msg.compare_commands_only(a.id(), Labels.commands(msg, comparison.onlyFirstCommands())));
        }
        if (comparison.firstAlsoAnyOther()) {
            sentences.add(anyOther(a, msg));
        }
        if (!comparison.onlySecondCommands().isEmpty()) {
            sentences.add(msg.compare_commands_only(b.id(), Labels.commands(msg, comparison.onlySecondCommands())));
        }
        if (comparison.secondAlsoAnyOther()) {
            sentences.add(anyOther(b, msg));
        }
        return sentences;
    }

    private static String anyOther(SmtpCode code, AppMessages msg) {
        return code.commands().except().isEmpty()
                ? msg.compare_commands_any_other(code.id())
                : msg.compare_commands_any_other_except(
                        code.id(), Labels.commands(msg, code.commands().except()));
    }

    private static boolean hasNamedSubject(SmtpCode code) {
        return code.subject() != ReplySubject.UNSPECIFIED_3 && code.subject() != ReplySubject.UNSPECIFIED_4;
    }
}
