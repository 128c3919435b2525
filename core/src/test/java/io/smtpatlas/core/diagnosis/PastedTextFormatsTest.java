package io.smtpatlas.core.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.smtpatlas.core.code.SmtpCommand;
import org.junit.jupiter.api.Test;

/** What people paste besides whole messages: a reply line, a log line, an SMTP session. */
class PastedTextFormatsTest {

    private final BounceDiagnoser diagnoser = new BounceDiagnoser();

    @Test
    void aSingleReplyLineIsOneFailureWithItsCodes() {
        Diagnosis diagnosis =
                diagnoser.diagnose("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown");

        assertEquals(MessageKind.BOUNCE, diagnosis.kind());
        RecipientDiagnosis only = diagnosis.recipients().get(0);
        assertEquals("bob@example.com", only.recipient());
        assertEquals("5.1.1", only.status());
        assertEquals("550", only.replyCode());
        assertEquals(BounceReason.USERUNKNOWN, only.reason());
    }

    @Test
    void aSendmailLineQuotingTheRemoteServerGivesTheRemoteReplyCode() {
        RecipientDiagnosis only = diagnoser
                .diagnose("554 <bob@example.com>... 550 Host unknown (Authoritative answer)")
                .recipients()
                .get(0);

        assertEquals("bob@example.com", only.recipient());
        assertEquals("550", only.replyCode());
        assertEquals(BounceReason.HOSTUNKNOWN, only.reason());
    }

    @Test
    void sendmailsRemoteProtocolErrorIsExplainedByTheServerReplyAboveIt() {
        String body = """
                   ----- The following addresses had permanent fatal errors -----
                <bob@example.org>

                   ----- Transcript of session follows -----
                While talking to mx.example.org:
                >>> MAIL From:<alice@example.net>
                <<< 501 <alice@example.net>... no access from mail server [192.0.2.55] which is an open relay.
                554 <bob@example.org>... Remote protocol error
                """;
        RecipientDiagnosis only = diagnoser.diagnose(body).recipients().get(0);

        assertEquals("bob@example.org", only.recipient());
        assertEquals("501", only.replyCode());
        assertEquals(
                "501 <alice@example.net>... no access from mail server [192.0.2.55] which is an open relay.",
                only.diagnostic());
        assertEquals(BounceReason.BLOCKED, only.reason());
    }

    @Test
    void aTemporaryReplyIsRetried() {
        RecipientDiagnosis only = diagnoser
                .diagnose("451 4.7.1 Greylisting in action, please come back later")
                .recipients()
                .get(0);

        assertEquals(Retry.TEMPORARY, only.retry());
        assertNull(only.recipient());
    }

    @Test
    void aPostfixLogLineGivesRecipientRelayDsnAndStep() {
        String log = "Jan  1 10:00:00 mail postfix/smtp[123]: 4AB12: to=<bob@example.com>, "
                + "relay=mx.example.com[192.0.2.10]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, "
                + "status=bounced (host mx.example.com[192.0.2.10] said: 550 5.1.1 <bob@example.com>: "
                + "Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))";
        RecipientDiagnosis only = diagnoser.diagnose(log).recipients().get(0);

        assertEquals("bob@example.com", only.recipient());
        assertEquals("5.1.1", only.status());
        assertEquals("550", only.replyCode());
        assertEquals("mx.example.com", only.remoteMta());
        assertEquals(SmtpCommand.RCPT, only.command());
        assertEquals(BounceReason.USERUNKNOWN, only.reason());
    }

    @Test
    void aDeferredPostfixLogLineIsTemporary() {
        String log = "Jan  1 10:00:00 mail postfix/smtp[123]: 4AB12: to=<bob@example.com>, relay=none, delay=30, "
                + "dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.10]:25: Connection timed out)";
        RecipientDiagnosis only = diagnoser.diagnose(log).recipients().get(0);

        assertEquals(Retry.TEMPORARY, only.retry());
        assertEquals("4.4.1", only.status());
        assertNull(only.replyCode());
    }

    @Test
    void anEximLogLineGivesTheRemoteReply() {
        String log = "2024-01-01 10:00:00 1rK2Zx-000123-AB ** bob@example.com R=dnslookup T=remote_smtp "
                + "H=mx.example.com [192.0.2.10]: SMTP error from remote mail server after RCPT TO:<bob@example.com>: "
                + "550 5.7.1 Service unavailable; client [198.51.100.2] blocked using zen.spamhaus.org";
        RecipientDiagnosis only = diagnoser.diagnose(log).recipients().get(0);

        assertEquals("bob@example.com", only.recipient());
        assertEquals("550", only.replyCode());
        assertEquals("5.7.1", only.status());
        assertEquals(BounceReason.BLOCKED, only.reason());
        assertEquals(SmtpCommand.RCPT, only.command());
    }

    @Test
    void anSmtpSessionTiesEachFailureToItsCommand() {
        String session = """
                S: 220 mx.example.com ESMTP
                C: EHLO mail.example.org
                S: 250 mx.example.com
                C: MAIL FROM:<alice@example.org>
                S: 250 2.1.0 Ok
                C: RCPT TO:<bob@example.com>
                S: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown
                C: RCPT TO:<carol@example.com>
                S: 250 2.1.5 Ok
                C: DATA
                S: 354 End data with <CR><LF>.<CR><LF>
                C: .
                S: 552 5.3.4 Message size exceeds fixed limit
                """;
        Diagnosis diagnosis = diagnoser.diagnose(session);

        assertEquals(2, diagnosis.recipients().size());
        RecipientDiagnosis bob = diagnosis.recipients().get(0);
        assertEquals("bob@example.com", bob.recipient());
        assertEquals(SmtpCommand.RCPT, bob.command());
        assertEquals(BounceReason.USERUNKNOWN, bob.reason());
        RecipientDiagnosis carol = diagnosis.recipients().get(1);
        assertEquals("carol@example.com", carol.recipient());
        assertEquals(SmtpCommand.END_OF_DATA, carol.command());
        assertEquals(BounceReason.MESGTOOBIG, carol.reason());
    }

    @Test
    void aPostfixDeferralWithoutCodesIsATemporaryNetworkError() {
        RecipientDiagnosis only = diagnoser
                .diagnose("<bob@example.com>: delivery temporarily suspended: connect to "
                        + "mx.example.com[192.0.2.1]:25: Connection timed out")
                .recipients()
                .get(0);

        assertEquals("bob@example.com", only.recipient());
        assertEquals(Retry.TEMPORARY, only.retry());
        assertEquals(BounceReason.NETWORKERROR, only.reason());
        assertNull(only.status());
    }

    @Test
    void anEnhancedCodeAloneIsReadWithoutInventingAReplyCode() {
        RecipientDiagnosis only = diagnoser
                .diagnose("5.7.26 Unauthenticated email from example.com is not accepted")
                .recipients()
                .get(0);

        assertEquals("5.7.26", only.status());
        assertNull(only.replyCode());
        assertEquals(BounceReason.AUTHFAILURE, only.reason());
    }

    @Test
    void aVersionNumberIsNoCode() {
        assertEquals(
                MessageKind.UNRECOGNIZED,
                diagnoser.diagnose("Upgraded to version 2.5.6 today").kind());
    }

    @Test
    void anEximUnrouteableAddressIsAnUnknownDomain() {
        String log = "2024-01-01 10:00:00 1rK2Zx-000123-AB ** bob@example.invalid: Unrouteable address";

        assertEquals(
                BounceReason.HOSTUNKNOWN,
                diagnoser.diagnose(log).recipients().get(0).reason());
    }

    @Test
    void textWithoutAnyCodeOrBounceIsUnrecognized() {
        assertEquals(
                MessageKind.UNRECOGNIZED,
                diagnoser.diagnose("Hello, how are you?").kind());
        assertEquals(MessageKind.UNRECOGNIZED, diagnoser.diagnose("").kind());
    }
}
