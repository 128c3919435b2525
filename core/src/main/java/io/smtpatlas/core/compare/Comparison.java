package io.smtpatlas.core.compare;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.code.SmtpCommand;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The facts on which two codes differ or agree. Facts only: each locale turns them into sentences. */
public record Comparison(CodePair pair, List<Difference> differences, Relation relation,
        Set<SmtpCommand> commonCommands, Set<SmtpCommand> onlyFirstCommands, Set<SmtpCommand> onlySecondCommands,
        List<SmtpCode> sharedAssociated) {

    public static Comparison of(CodePair pair, Catalog catalog) {
        SmtpCode a = pair.first();
        SmtpCode b = pair.second();
        Set<SmtpCommand> common = intersection(a.commands(), b.commands());
        Set<SmtpCommand> onlyA = minus(a.commands(), b.commands());
        Set<SmtpCommand> onlyB = minus(b.commands(), a.commands());

        List<Difference> differences = List.of(
                new Difference(Aspect.KIND, a.kind() != b.kind()),
                new Difference(Aspect.CLASS, a.replyClass() != b.replyClass()),
                new Difference(Aspect.RETRY, a.replyClass().retryAdvice() != b.replyClass().retryAdvice()),
                new Difference(Aspect.SUBJECT, a.subject() != b.subject()),
                new Difference(Aspect.COMMANDS, !onlyA.isEmpty() || !onlyB.isEmpty()));

        List<SmtpCode> shared = new ArrayList<>(catalog.associatedWith(a));
        shared.retainAll(catalog.associatedWith(b));
        return new Comparison(pair, differences, relationOf(a, b, catalog), common, onlyA, onlyB, List.copyOf(shared));
    }

    private static Relation relationOf(SmtpCode a, SmtpCode b, Catalog catalog) {
        if (a.kind() != b.kind() && catalog.associatedWith(a).contains(b)) {
            return Relation.ENHANCED_DETAILS_BASIC;
        }
        if (catalog.classCounterparts(a).contains(b)) {
            return Relation.SAME_CONDITION_OTHER_CLASS;
        }
        return Relation.NONE;
    }

    public boolean differsIn(Aspect aspect) {
        return differences.stream().anyMatch(d -> d.aspect() == aspect && d.differs());
    }

    private static Set<SmtpCommand> intersection(Set<SmtpCommand> a, Set<SmtpCommand> b) {
        Set<SmtpCommand> result = copy(a);
        result.retainAll(b);
        return Set.copyOf(result);
    }

    private static Set<SmtpCommand> minus(Set<SmtpCommand> a, Set<SmtpCommand> b) {
        Set<SmtpCommand> result = copy(a);
        result.removeAll(b);
        return Set.copyOf(result);
    }

    private static Set<SmtpCommand> copy(Set<SmtpCommand> commands) {
        return commands.isEmpty() ? EnumSet.noneOf(SmtpCommand.class) : EnumSet.copyOf(commands);
    }
}
