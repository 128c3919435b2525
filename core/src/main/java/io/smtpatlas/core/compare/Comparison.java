package io.smtpatlas.core.compare;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.CommandScope;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.code.SmtpCommand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The facts on which two codes differ or agree. Facts only: each locale turns them into sentences.
 *
 * <p>Commands: a code that can answer any command ({@link CommandScope#anyCommand()}) receives every command on
 * the wire but its exceptions, so 502 and 235 both answer AUTH. {@code commonCommands} lists the steps both can
 * get, leaving out the wire commands already covered when both can answer any command ({@code bothAnyCommand});
 * {@code onlyFirstCommands} lists the steps only the first can get, leaving out "any other command", which
 * {@code firstAlsoAnyOther} states.
 */
public record Comparison(
        CodePair pair,
        List<Difference> differences,
        Relation relation,
        Set<SmtpCommand> commonCommands,
        Set<SmtpCommand> onlyFirstCommands,
        Set<SmtpCommand> onlySecondCommands,
        boolean bothAnyCommand,
        boolean firstAlsoAnyOther,
        boolean secondAlsoAnyOther,
        Optional<String> reusingProvider,
        Optional<SmtpCode> reusedCode,
        List<SmtpCode> sharedAssociated) {

    /** Every step a scope can name: all but the API token ANY. */
    private static final List<SmtpCommand> STEPS = Arrays.stream(SmtpCommand.values())
            .filter(command -> command != SmtpCommand.ANY)
            .toList();

    public static Comparison of(CodePair pair, Catalog catalog) {
        SmtpCode a = pair.first();
        SmtpCode b = pair.second();
        CommandScope sa = a.commands();
        CommandScope sb = b.commands();
        boolean bothAny = sa.anyCommand() && sb.anyCommand();
        Set<SmtpCommand> common = EnumSet.noneOf(SmtpCommand.class);
        for (SmtpCommand step : STEPS) {
            boolean coveredByAny = bothAny && step.isOnTheWire();
            boolean mentioned = sa.named().contains(step) || sb.named().contains(step);
            if (sa.receives(step) && sb.receives(step) && mentioned && !coveredByAny) {
                common.add(step);
            }
        }
        Set<SmtpCommand> onlyA = only(sa, sb);
        Set<SmtpCommand> onlyB = only(sb, sa);
        boolean aOther = sa.anyCommand() && !sb.anyCommand();
        boolean bOther = sb.anyCommand() && !sa.anyCommand();

        List<Difference> differences = List.of(
                new Difference(Aspect.KIND, a.kind() != b.kind()),
                new Difference(Aspect.CLASS, a.replyClass() != b.replyClass()),
                new Difference(
                        Aspect.RETRY,
                        catalog.advice(a).nextStep() != catalog.advice(b).nextStep()),
                new Difference(Aspect.SUBJECT, a.subject() != b.subject()),
                new Difference(Aspect.COMMANDS, !onlyA.isEmpty() || !onlyB.isEmpty() || aOther || bOther));

        List<SmtpCode> shared = new ArrayList<>(catalog.associatedWith(a));
        shared.retainAll(catalog.associatedWith(b));
        Optional<SmtpCode> reused = catalog.reusingProvider(a).isPresent()
                ? Optional.of(a)
                : catalog.reusingProvider(b).map(provider -> b);
        Optional<String> reuse = reused.flatMap(catalog::reusingProvider);
        return new Comparison(
                pair,
                differences,
                relationOf(a, b, catalog, reuse.isPresent()),
                Set.copyOf(common),
                onlyA,
                onlyB,
                bothAny,
                aOther,
                bOther,
                reuse,
                reused,
                List.copyOf(shared));
    }

    /**
     * Steps the first scope gets and the second does not. When only the first can answer any command, the
     * countless other commands are left to {@code firstAlsoAnyOther}: only the steps it names are listed.
     */
    private static Set<SmtpCommand> only(CommandScope first, CommandScope second) {
        Set<SmtpCommand> result = EnumSet.noneOf(SmtpCommand.class);
        for (SmtpCommand step : STEPS) {
            boolean listable = first.named().contains(step) || (first.anyCommand() && second.anyCommand());
            if (listable && first.receives(step) && !second.receives(step)) {
                result.add(step);
            }
        }
        return Set.copyOf(result);
    }

    private static Relation relationOf(SmtpCode a, SmtpCode b, Catalog catalog, boolean reused) {
        if (a.kind() != b.kind() && catalog.associatedWith(a).contains(b)) {
            return Relation.ENHANCED_DETAILS_BASIC;
        }
        if (catalog.classCounterparts(a).contains(b)) {
            return reused ? Relation.SAME_ENTRY_PROVIDER_REUSE : Relation.SAME_CONDITION_OTHER_CLASS;
        }
        return Relation.NONE;
    }

    public boolean differsIn(Aspect aspect) {
        return differences.stream().anyMatch(d -> d.aspect() == aspect && d.differs());
    }
}
