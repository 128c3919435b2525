package io.smtpatlas.core.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smtpatlas.core.code.SmtpCommand;
import io.smtpatlas.core.diagnosis.MailMessage.Header;
import io.smtpatlas.core.diagnosis.MailMessage.Part;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Non-standard bounce bodies, one short sample per mail system family (written for this test): each must yield
 * the failed address, the codes it literally holds and the right kind of problem.
 */
class VendorBodyFormatsTest {

    private final BounceDiagnoser diagnoser = new BounceDiagnoser();

    static Stream<Arguments> families() {
        return Stream.of(
                Arguments.of("postfix", """
                        This is the mail system at host mail.example.org.

                        I'm sorry to have to inform you that your message could not
                        be delivered to one or more recipients.

                        <bob@example.com>: host mx.example.com[192.0.2.10] said: 550 5.1.1
                            <bob@example.com>: Recipient address rejected: User unknown (in reply
                            to RCPT TO command)
                        """, "bob@example.com", "5.1.1", "550", BounceReason.USERUNKNOWN),
                Arguments.of("exim", """
                        This message was created automatically by mail delivery software.

                        A message that you sent could not be delivered to one or more of its
                        recipients. This is a permanent error. The following address(es) failed:

                          bob@example.com
                            host mx.example.com [192.0.2.10]
                            SMTP error from remote mail server after RCPT TO:<bob@example.com>:
                            552 5.2.2 Mailbox quota exceeded
                        """, "bob@example.com", "5.2.2", "552", BounceReason.MAILBOXFULL),
                Arguments.of("qmail", """
                        Hi. This is the qmail-send program at mail.example.org.
                        I'm afraid I wasn't able to deliver your message to the following addresses.
                        This is a permanent error; I've given up. Sorry it didn't work out.

                        <bob@example.com>:
                        192.0.2.10 does not like recipient.
                        Remote host said: 550 5.1.1 No such user here
                        Giving up on 192.0.2.10.

                        --- Below this line is a copy of the message.
                        """, "bob@example.com", "5.1.1", "550", BounceReason.USERUNKNOWN),
                Arguments.of("sendmail", """
                        The original message was received at Mon, 1 Jan 2024 10:00:00 +0900

                           ----- The following addresses had permanent fatal errors -----
                        <bob@example.com>
                            (reason: 550 5.7.1 Message rejected as spam)

                           ----- Transcript of session follows -----
                        ... while talking to mx.example.com.:
                        >>> DATA
                        <<< 550 5.7.1 Message rejected as spam
                        """, "bob@example.com", "5.7.1", "550", BounceReason.SPAMDETECTED),
                Arguments.of("gmail", """
                        Delivery to the following recipient failed permanently:

                             bob@example.com

                        Technical details of permanent failure:
                        Google tried to deliver your message, but it was rejected by the server for
                        the recipient domain example.com by mx.example.com. [192.0.2.10].

                        The error that the other server returned was:
                        550 5.2.1 The email account that you tried to reach is disabled.
                        """, "bob@example.com", "5.2.1", "550", BounceReason.SUSPEND),
                Arguments.of("exchange2003", """
                        Your message did not reach some or all of the intended recipients.

                              Subject:\tQuarterly figures
                              Sent:\t1/1/2024 10:00 AM

                        The following recipient(s) could not be reached:

                              bob@example.com on 1/1/2024 10:00 AM
                                    The e-mail account does not exist at the organization this message was sent to.
                                    <mail.example.com #5.1.1>
                        """, "bob@example.com", "5.1.1", null, BounceReason.USERUNKNOWN),
                Arguments.of("office365", """
                        Delivery has failed to these recipients or groups:

                        bob@example.com
                        The email address you entered couldn't be found.

                        Diagnostic information for administrators:

                        Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com

                        bob@example.com
                        Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
                        """, "bob@example.com", "5.1.10", "550", BounceReason.USERUNKNOWN),
                Arguments.of("yahoo", """
                        Sorry, we were unable to deliver your message to the following address.

                        <bob@example.com>:
                        Remote host said: 552 1 Requested mail action aborted, mailbox not found [RCPT_TO]
                        """, "bob@example.com", null, "552", BounceReason.USERUNKNOWN),
                Arguments.of("courier", """
                        Your message to the following recipients cannot be delivered:

                        <bob@example.com>:
                            mx.example.com [192.0.2.10]:
                        >>> RCPT TO:<bob@example.com>
                        <<< 550 5.7.1 Client host rejected: listed at zen.spamhaus.org
                        """, "bob@example.com", "5.7.1", "550", BounceReason.BLOCKED),
                Arguments.of("domino", """
                        Your message

                          Subject: Minutes

                        was not delivered to:

                          bob@example.com

                        because:

                          User bob (bob@example.com) not listed in Domino Directory
                        """, "bob@example.com", null, null, BounceReason.USERUNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void eachFamilyYieldsTheFailedAddressItsCodesAndReason(
            String family, String body, String recipient, String status, String reply, BounceReason reason) {
        MailMessage bounce = new MailMessage(
                List.of(
                        new Header("From", "MAILER-DAEMON@mail.example.org"),
                        new Header("To", "alice@example.org"),
                        new Header("Subject", "Undeliverable: Minutes")),
                List.of(new Part("text/plain", List.of(), body)));

        Diagnosis diagnosis = diagnoser.diagnose(bounce);

        assertEquals(MessageKind.BOUNCE, diagnosis.kind(), family);
        assertEquals(1, diagnosis.recipients().size(), family + ": " + diagnosis.recipients());
        RecipientDiagnosis only = diagnosis.recipients().get(0);
        assertEquals(recipient, only.recipient(), family);
        assertEquals(status, only.status(), family);
        assertEquals(reply, only.replyCode(), family);
        assertEquals(reason, only.reason(), family + ": " + only.diagnostic());
        assertEquals(Retry.PERMANENT, only.retry(), family);
    }

    @org.junit.jupiter.api.Test
    void aTranscriptLineNamesTheStepTheServerAnswered() {
        MailMessage bounce = new MailMessage(
                List.of(new Header("From", "MAILER-DAEMON@mail.example.org")),
                List.of(new Part("text/plain", List.of(), """
                        <bob@example.com>:
                        >>> RCPT TO:<bob@example.com>
                        <<< 550 5.1.1 User unknown
                        """)));

        assertEquals(
                SmtpCommand.RCPT, diagnoser.diagnose(bounce).recipients().get(0).command());
    }
}
