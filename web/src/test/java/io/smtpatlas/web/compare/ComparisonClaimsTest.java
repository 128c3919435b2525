package io.smtpatlas.web.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.CommandScope;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.code.SmtpCommand;
import io.smtpatlas.core.compare.CodePair;
import io.smtpatlas.core.compare.Comparison;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.web.i18n.AppMessages;
import io.smtpatlas.web.i18n.Messages;
import io.smtpatlas.web.seo.SitemapPairs;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reads the English command sentences of every comparison of the sitemap and recomputes each claim on its own,
 * straight from the two codes' command scopes, without the comparison code: a command named as shared must reach
 * both codes, a command named for one only must not reach the other, "no command receives both" must be true,
 * and "can also answer any other command" must belong to a code with that scope.
 */
@QuarkusTest
class ComparisonClaimsTest {

    private static final Pattern BOTH = Pattern.compile("Both can be sent in reply to: (.+)\\.");
    private static final Pattern ONLY = Pattern.compile("Only (\\S+) can be sent in reply to: (.+)\\.");
    private static final Pattern ANY_OTHER =
            Pattern.compile("(\\S+) can also answer any other command( except (.+))?\\.");

    @Inject
    Catalog catalog;

    @Test
    void everyCommandClaimOfEveryComparisonHolds() {
        AppMessages msg = Messages.of(SiteLocale.EN);
        List<String> wrong = new ArrayList<>();
        int claims = 0;
        for (CodePair pair : SitemapPairs.of(catalog)) {
            SmtpCode a = pair.first();
            SmtpCode b = pair.second();
            for (String sentence : ComparisonSentences.commandSentences(Comparison.of(pair, catalog), msg)) {
                claims++;
                String where = pair.slug() + ": " + sentence;
                Matcher both = BOTH.matcher(sentence);
                Matcher only = ONLY.matcher(sentence);
                Matcher anyOther = ANY_OTHER.matcher(sentence);
                if (both.matches()) {
                    for (SmtpCommand step : steps(both.group(1))) {
                        if (!reaches(a.commands(), step) || !reaches(b.commands(), step)) {
                            wrong.add(where);
                        }
                    }
                } else if (only.matches()) {
                    SmtpCode code = catalog.require(only.group(1));
                    SmtpCode other = code.equals(a) ? b : a;
                    for (SmtpCommand step : steps(only.group(2))) {
                        if (!reaches(code.commands(), step) || reaches(other.commands(), step)) {
                            wrong.add(where);
                        }
                    }
                } else if (sentence.equals(msg.compare_commands_none_common())) {
                    boolean shared = Arrays.stream(SmtpCommand.values())
                            .filter(step -> step != SmtpCommand.ANY)
                            .anyMatch(step -> reaches(a.commands(), step) && reaches(b.commands(), step));
                    if (shared) {
                        wrong.add(where);
                    }
                } else if (anyOther.matches()) {
                    SmtpCode code = catalog.require(anyOther.group(1));
                    SmtpCode other = code.equals(a) ? b : a;
                    Set<SmtpCommand> except = anyOther.group(3) == null ? Set.of() : steps(anyOther.group(3));
                    if (!code.commands().anyCommand()
                            || other.commands().anyCommand()
                            || !except.equals(code.commands().except())) {
                        wrong.add(where);
                    }
                } else if (sentence.equals(msg.compare_commands_both_any())) {
                    if (!a.commands().anyCommand() || !b.commands().anyCommand()) {
                        wrong.add(where);
                    }
                } else {
                    wrong.add("unrecognised " + where);
                }
            }
        }
        assertEquals(List.of(), wrong, claims + " claims checked");
    }

    /** The reading of "can answer" written out here: named, or any wire command outside the exceptions. */
    private static boolean reaches(CommandScope scope, SmtpCommand step) {
        if (scope.named().contains(step)) {
            return true;
        }
        boolean wire = step != SmtpCommand.CONNECTION && step != SmtpCommand.END_OF_DATA;
        return scope.anyCommand() && wire && !scope.except().contains(step);
    }

    private Set<SmtpCommand> steps(String list) {
        Set<SmtpCommand> steps = EnumSet.noneOf(SmtpCommand.class);
        for (String label : list.split(", ")) {
            steps.add(
                    switch (label) {
                        case "connection greeting" -> SmtpCommand.CONNECTION;
                        case "end of message data" -> SmtpCommand.END_OF_DATA;
                        case "MAIL FROM" -> SmtpCommand.MAIL;
                        case "RCPT TO" -> SmtpCommand.RCPT;
                        default -> SmtpCommand.valueOf(label);
                    });
        }
        return steps;
    }

    @Test
    void retryClaimsFitTheCommandsACodeAnswers() {
        AppMessages msg = Messages.of(SiteLocale.EN);
        Set<SmtpCommand> noMessage = EnumSet.of(SmtpCommand.AUTH, SmtpCommand.ETRN, SmtpCommand.ATRN);
        List<String> wrong = new ArrayList<>();
        for (SmtpCode code : catalog.all()) {
            String next = io.smtpatlas.web.i18n.AdviceTexts.next(
                    msg, catalog.advice(code).nextStep(), code.id());
            CommandScope scope = code.commands();
            boolean onlyNoMessageCommands =
                    !scope.isEmpty() && !scope.anyCommand() && noMessage.containsAll(scope.named());
            if (next.contains("keeps the message") && onlyNoMessageCommands) {
                wrong.add(code.id() + " answers only " + scope.named() + " yet: " + next);
            }
            boolean permanentSentence = next.contains("should not repeat") || next.contains("fails again");
            if (permanentSentence != (code.replyClass().digit() == 5)) {
                wrong.add(code.id() + ": " + next);
            }
            if (next.contains("must not")) {
                wrong.add(code.id() + ": RFC 5321 §4.2.1 says SHOULD NOT: " + next);
            }
        }
        assertEquals(List.of(), wrong.stream().sorted().collect(Collectors.toList()));
    }
}
