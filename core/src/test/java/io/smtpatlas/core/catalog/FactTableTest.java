package io.smtpatlas.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smtpatlas.core.code.CommandScope;
import io.smtpatlas.core.code.FixFamily;
import io.smtpatlas.core.code.NextStep;
import io.smtpatlas.core.code.ReplyCode;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.code.SmtpCommand;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the catalog's fact tables against a table written here, independently, from the RFCs: RFC 5321 §4.2.3 and
 * §4.3.2 (codes, texts, command/reply sequences), RFC 4954 §6 (AUTH), RFC 3207 §4 (STARTTLS), RFC 1985 (ETRN),
 * RFC 2645 (ATRN), RFC 7504, RFC 6710 (MT-PRIORITY), RFC 4468 (BURL). A row names the class digit, commands that
 * MUST be able to get the code, commands that must NOT, the RFC section the page must cite, and the exact RFC text.
 */
class FactTableTest {

    private final Catalog catalog = Catalog.standard();

    /** code | class | receives | never receives | cited section | exact text ("" = not checked). */
    static Stream<Arguments> basicCodesFromTheRfcs() {
        return Stream.of(
                row("211", 2, "HELP", "MAIL,RCPT", "5321:4.2.3", "System status, or system help reply"),
                row("214", 2, "HELP", "MAIL", "5321:4.2.3", "Help message"),
                row("220", 2, "CONNECTION,STARTTLS", "MAIL", "5321:4.2.3", "<domain> Service ready"),
                row("221", 2, "QUIT", "MAIL,RCPT", "5321:4.2.3", "<domain> Service closing transmission channel"),
                row("235", 2, "AUTH", "MAIL,RCPT,VRFY,EHLO", "4954:6", "2.7.0 Authentication Succeeded"),
                row(
                        "250",
                        2,
                        "EHLO,HELO,MAIL,RCPT,END_OF_DATA,RSET,VRFY,EXPN,NOOP,BDAT,ETRN",
                        "QUIT,AUTH",
                        "5321:4.2.3",
                        "Requested mail action okay, completed"),
                row("251", 2, "RCPT,VRFY", "MAIL,AUTH", "5321:4.2.3", "User not local; will forward to <forward-path>"),
                row(
                        "252",
                        2,
                        "VRFY,EXPN,ETRN",
                        "MAIL,RCPT,AUTH",
                        "5321:7.3",
                        "Cannot VRFY user, but will accept message and attempt delivery"),
                row("253", 2, "ETRN", "MAIL,RCPT", "1985", ""),
                row("334", 3, "AUTH", "MAIL,DATA", "4954:4", ""),
                row("354", 3, "DATA", "BDAT,MAIL,RCPT,AUTH", "5321:4.2.3", "Start mail input; end with <CRLF>.<CRLF>"),
                row(
                        "421",
                        4,
                        "CONNECTION,EHLO,MAIL,RCPT,DATA,AUTH,QUIT,ETRN",
                        "",
                        "5321:4.2.3",
                        "<domain> Service not available, closing transmission channel"),
                row("432", 4, "AUTH", "MAIL,RCPT", "4954:6", "4.7.12 A password transition is needed"),
                row(
                        "450",
                        4,
                        "RCPT,END_OF_DATA",
                        "AUTH,EHLO",
                        "5321:4.2.3",
                        "Requested mail action not taken: mailbox unavailable"),
                row(
                        "451",
                        4,
                        "MAIL,RCPT,END_OF_DATA",
                        "AUTH",
                        "5321:4.2.3",
                        "Requested action aborted: local error in processing"),
                row(
                        "452",
                        4,
                        "MAIL,RCPT,END_OF_DATA",
                        "AUTH,EHLO",
                        "5321:4.5.3.1.10",
                        "Requested action not taken: insufficient system storage"),
                row("454", 4, "STARTTLS,AUTH", "RCPT", "3207:4", "TLS not available due to temporary reason"),
                row("455", 4, "MAIL,RCPT", "AUTH", "5321:4.2.3", "Server unable to accommodate parameters"),
                row("458", 4, "ETRN", "MAIL,RCPT", "1985", ""),
                row("459", 4, "ETRN", "MAIL,RCPT", "1985", ""),
                row(
                        "500",
                        5,
                        "EHLO,MAIL,RCPT,AUTH,VRFY,QUIT",
                        "CONNECTION",
                        "5321:4.2.3",
                        "Syntax error, command unrecognized"),
                row(
                        "501",
                        5,
                        "EHLO,HELO,MAIL,RCPT,STARTTLS,AUTH,DATA,RSET,QUIT",
                        "CONNECTION",
                        "5321:4.2.3",
                        "Syntax error in parameters or arguments"),
                // §4.2.4: recognized but not implemented; §4.5.1: never for the commands every server implements;
                // §3.5.3: allowed for VRFY when only the syntax was checked; §4.3.2: EHLO on an old server.
                row(
                        "502",
                        5,
                        "EHLO,VRFY,EXPN,HELP,AUTH,ETRN,STARTTLS",
                        "HELO,MAIL,RCPT,DATA,RSET,NOOP,QUIT",
                        "5321:4.2.4",
                        "Command not implemented"),
                row("503", 5, "MAIL,RCPT,DATA,AUTH", "CONNECTION", "5321:4.2.3", "Bad sequence of commands"),
                row("504", 5, "EHLO,VRFY,EXPN,HELP,AUTH", "DATA", "5321:4.2.3", "Command parameter not implemented"),
                row("521", 5, "CONNECTION", "MAIL,RCPT,AUTH", "7504", ""),
                // RFC 4954 §6: any command but AUTH, EHLO, HELO, NOOP, RSET, QUIT; RFC 3207 §4: any but NOOP,
                // EHLO, STARTTLS, QUIT. Either policy may apply, so only EHLO, NOOP and QUIT never get 530.
                row(
                        "530",
                        5,
                        "MAIL,RCPT,DATA,VRFY,EXPN,ETRN,ATRN,AUTH",
                        "EHLO,NOOP,QUIT",
                        "4954:6",
                        "5.7.0 Authentication required"),
                row("534", 5, "AUTH", "MAIL,RCPT", "4954:6", "5.7.9 Authentication mechanism is too weak"),
                row("535", 5, "AUTH", "MAIL,RCPT", "4954:6", "5.7.8 Authentication credentials invalid"),
                row(
                        "538",
                        5,
                        "AUTH",
                        "MAIL,RCPT",
                        "4954:6",
                        "5.7.11 Encryption required for requested authentication mechanism"),
                row(
                        "550",
                        5,
                        "EHLO,HELO,MAIL,RCPT,END_OF_DATA,VRFY,EXPN",
                        "AUTH,QUIT",
                        "5321:4.2.3",
                        "Requested action not taken: mailbox unavailable"),
                row("551", 5, "RCPT,VRFY", "MAIL,AUTH", "5321:4.2.3", "User not local; please try <forward-path>"),
                row(
                        "552",
                        5,
                        "MAIL,RCPT,END_OF_DATA",
                        "AUTH",
                        "5321:4.2.3",
                        "Requested mail action aborted: exceeded storage allocation"),
                row(
                        "553",
                        5,
                        "MAIL,RCPT,VRFY",
                        "AUTH",
                        "5321:4.2.3",
                        "Requested action not taken: mailbox name not allowed"),
                // RFC 3207 §4.1: after a failed TLS negotiation, 554 to every command but QUIT.
                row("554", 5, "CONNECTION,DATA,END_OF_DATA,MAIL,RCPT,BDAT", "QUIT", "5321:4.2.3", "Transaction failed"),
                row(
                        "555",
                        5,
                        "MAIL,RCPT",
                        "AUTH,DATA",
                        "5321:4.2.3",
                        "MAIL FROM/RCPT TO parameters not recognized or not implemented"),
                row("556", 5, "RCPT", "CONNECTION,AUTH", "7504", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("basicCodesFromTheRfcs")
    void basicCodeMatchesTheRfc(
            String id, int classDigit, Set<SmtpCommand> receives, Set<SmtpCommand> never, String section, String text) {
        ReplyCode code = (ReplyCode) catalog.require(id);
        assertEquals(classDigit, code.replyClass().digit(), id + " class");
        for (SmtpCommand command : receives) {
            assertTrue(code.commands().receives(command), id + " must be able to answer " + command);
        }
        for (SmtpCommand command : never) {
            assertFalse(code.commands().receives(command), id + " never answers " + command);
        }
        assertTrue(
                code.rfcs().stream()
                        .anyMatch(rfc -> (rfc.document() + ":" + rfc.section()).equals(section)
                                || rfc.document().equals(section)),
                id + " cites " + section + ", has " + code.rfcs());
        if (!text.isEmpty()) {
            assertEquals(text, code.wireText(), id + " text as the RFC writes it");
        }
        assertFalse(code.commands().source().isEmpty() && !code.commands().isEmpty(), id + " commands need a source");
    }

    @Test
    void everyBasicCodeOfTheRfcTableIsChecked() {
        Set<String> checked =
                basicCodesFromTheRfcs().map(args -> (String) args.get()[0]).collect(Collectors.toSet());
        Set<String> unchecked = catalog.all().stream()
                .filter(code -> code instanceof ReplyCode reply && !reply.rare())
                .map(SmtpCode::id)
                .filter(id -> !checked.contains(id))
                .collect(Collectors.toSet());
        assertEquals(Set.of(), unchecked, "non-rare basic codes without a row here");
    }

    /** The IANA registry names no commands, so each enhanced code's commands come from an RFC or a provider. */
    static Stream<Arguments> enhancedCodesFromTheirSources() {
        return Stream.of(
                row("5.7.15", 5, "MAIL", "EHLO,VRFY,EXPN,AUTH,QUIT", "", ""), // RFC 6710: MAIL FROM parameter
                row("4.7.15", 4, "MAIL", "EHLO,VRFY,EXPN", "", ""),
                row("4.4.1", 4, "BURL", "ATRN,MAIL,RCPT,DATA", "", ""), // RFC 4468 §6; else written locally
                row("5.7.1", 5, "MAIL,RCPT,END_OF_DATA", "HELP,VRFY,ETRN,ATRN,AUTH,QUIT,NOOP", "", ""),
                row("2.7.0", 2, "AUTH", "MAIL,RCPT,VRFY", "", ""), // RFC 4954 §6: 235 2.7.0
                row("5.7.0", 5, "AUTH,MAIL,RCPT,VRFY", "EHLO,NOOP,QUIT", "", ""), // 530 5.7.0
                row("4.5.3", 4, "RCPT", "MAIL,AUTH,EHLO", "", ""),
                row("5.5.6", 5, "AUTH", "MAIL", "", ""), // RFC 4954 §4: 500 5.5.6
                row("5.7.8", 5, "AUTH", "MAIL,RCPT", "", ""),
                row("4.7.12", 4, "AUTH", "MAIL,RCPT", "", ""),
                row("5.6.6", 5, "BURL", "MAIL", "", ""), // RFC 4468 §6
                row("5.1.10", 5, "RCPT", "MAIL,AUTH", "", ""), // RFC 7504/7505: 556 5.1.10
                row("5.7.27", 5, "MAIL", "AUTH,VRFY", "", ""), // RFC 7505 §4.2
                row("5.7.17", 5, "RCPT", "MAIL,AUTH", "", "")); // RFC 7293: RRVS on RCPT TO
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enhancedCodesFromTheirSources")
    void enhancedCodeAnswersOnlyTheCommandsItsSourceShows(
            String id,
            int classDigit,
            Set<SmtpCommand> receives,
            Set<SmtpCommand> never,
            String unused,
            String unusedText) {
        SmtpCode code = catalog.require(id);
        assertEquals(classDigit, code.replyClass().digit());
        receives.forEach(command -> assertTrue(code.commands().receives(command), id + " answers " + command));
        never.forEach(command -> assertFalse(code.commands().receives(command), id + " never answers " + command));
        assertFalse(code.commands().source().contains("IANA"), id + ": the registry never names commands");
    }

    @Test
    void enhancedCodesWithoutASourceNameNoCommand() {
        for (String id : List.of("4.4.4", "5.4.7", "4.4.7", "5.7.28", "5.7.30", "5.3.3")) {
            CommandScope scope = catalog.require(id).commands();
            assertTrue(scope.isEmpty(), id + " has no source naming a command, got " + scope);
        }
    }

    @Test
    void retryAdviceFollowsTheSituationNotOnlyTheClass() {
        assertEquals(NextStep.FIX_BEFORE_RETRY, step("459"), "459: ETRN not allowed until the provider allows it");
        assertEquals(NextStep.REPEAT_COMMAND_LATER, step("458"), "458 answers ETRN: no message is kept");
        assertEquals(NextStep.FIX_BEFORE_RETRY, step("432"), "432: log in once with PLAIN first");
        assertEquals(NextStep.FIX_BEFORE_RETRY, step("4.7.12"));
        assertEquals(NextStep.SPLIT_RECIPIENTS, step("4.5.3"), "4.5.3: send the other recipients now");
        assertEquals(NextStep.QUEUE_AND_RETRY, step("450"));
        assertEquals(NextStep.DO_NOT_REPEAT_UNCHANGED, step("550"));
        assertEquals(NextStep.DONE, step("2.1.5"));
        assertEquals(NextStep.CONTINUE, step("354"));
        for (SmtpCode code : catalog.all()) {
            NextStep next = catalog.advice(code).nextStep();
            boolean failure = !code.replyClass().isPositive();
            assertEquals(failure, next != NextStep.DONE && next != NextStep.CONTINUE, code.id() + " " + next);
            if (code.replyClass().isPermanent()) {
                assertTrue(
                        next == NextStep.DO_NOT_REPEAT_UNCHANGED || next == NextStep.RESEND_AFTER_PATH_FIXED,
                        code.id() + ": a 5yz is never queued for retry");
            }
            assertFalse(catalog.advice(code).nextStepSource().isBlank(), code.id() + " next step has a source");
        }
    }

    @Test
    void fixStepsFollowTheCodeFamily() {
        assertEquals(FixFamily.RECIPIENT_ADDRESS, family("5.1.1"));
        assertEquals(FixFamily.SENDER_ADDRESS, family("5.1.8"));
        assertEquals(FixFamily.MAILBOX, family("5.2.1"));
        assertEquals(FixFamily.MESSAGE_SIZE, family("5.2.3"));
        assertEquals(FixFamily.POLICY_BLOCK, family("5.7.1"));
        assertEquals(FixFamily.SENDER_AUTHENTICATION, family("5.7.26"));
        assertEquals(FixFamily.AUTHENTICATION, family("535"));
        assertEquals(FixFamily.MAILBOX_OR_POLICY, family("550"));
        assertEquals(FixFamily.SUCCESS, family("2.1.5"), "a success code never gets failure steps");
        assertEquals(FixFamily.SUCCESS, family("2.7.0"));
        for (SmtpCode code : catalog.all()) {
            FixFamily family = family(code.id());
            assertEquals(code.replyClass().digit() == 2, family == FixFamily.SUCCESS, code.id() + " " + family);
        }
    }

    @Test
    void linksBetweenBasicAndEnhancedCodesPutTheCommonestPairFirst() {
        assertEquals(
                "5.7.1",
                catalog.companions(catalog.require("550")).get(0).code().id());
        assertEquals(
                "550",
                catalog.companions(catalog.require("5.7.1")).get(0).code().id());
        assertTrue(
                catalog.companions(catalog.require("5.2.1")).stream()
                        .anyMatch(c -> c.code().id().equals("550")),
                "550 5.2.1 (Gmail) links the two although the registry does not pair them");
    }

    @Test
    void providerReuseIsKnownForMicrosoft5712() {
        assertEquals(
                "Microsoft 365",
                catalog.reusingProvider(catalog.require("5.7.12")).orElseThrow());
        assertTrue(catalog.reusingProvider(catalog.require("4.7.12")).isEmpty());
    }

    private NextStep step(String id) {
        return catalog.advice(catalog.require(id)).nextStep();
    }

    private FixFamily family(String id) {
        return catalog.advice(catalog.require(id)).family();
    }

    private static Arguments row(
            String code, int classDigit, String receives, String never, String section, String text) {
        return Arguments.of(code, classDigit, commands(receives), commands(never), section, text);
    }

    private static Set<SmtpCommand> commands(String names) {
        return names.isEmpty()
                ? Set.of()
                : Arrays.stream(names.split(",")).map(SmtpCommand::valueOf).collect(Collectors.toSet());
    }
}
