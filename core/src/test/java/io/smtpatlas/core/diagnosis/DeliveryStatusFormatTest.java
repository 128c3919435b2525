package io.smtpatlas.core.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.smtpatlas.core.code.SmtpCommand;
import io.smtpatlas.core.diagnosis.MailMessage.Header;
import io.smtpatlas.core.diagnosis.MailMessage.Part;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 3464 reports: per-message and per-recipient groups, in their own part or pasted into a text. */
class DeliveryStatusFormatTest {

    private final BounceDiagnoser diagnoser = new BounceDiagnoser();

    private static MailMessage report(String human, String deliveryStatus) {
        return new MailMessage(
                List.of(
                        new Header("From", "Mail Delivery System <MAILER-DAEMON@mx.example.net>"),
                        new Header("To", "alice@example.org"),
                        new Header("Subject", "Undelivered Mail Returned to Sender")),
                List.of(
                        new Part("text/plain", List.of(), human),
                        new Part("message/delivery-status", List.of(), deliveryStatus),
                        new Part("text/rfc822-headers", List.of(), "From: alice@example.org\nTo: bob@example.com\n")));
    }

    @Test
    void everyRecipientGroupBecomesOneDiagnosisWithItsOwnCodesAndStep() {
        String status = """
                Reporting-MTA: dns; mx.example.net
                X-Postfix-Queue-ID: 4AB12

                Final-Recipient: rfc822; bob@example.com
                Original-Recipient: rfc822;bob@example.com
                Action: failed
                Status: 5.1.1
                Remote-MTA: dns; mx1.example.com
                Diagnostic-Code: smtp; 550 5.1.1 <bob@example.com>: Recipient address
                    rejected: User unknown in local recipient table

                Final-Recipient: rfc822; carol@example.com
                Action: delayed
                Status: 4.2.2
                Remote-MTA: dns; mx1.example.com
                Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
                """;
        Diagnosis diagnosis = diagnoser.diagnose(report("This is the mail system.", status));

        assertEquals(MessageKind.BOUNCE, diagnosis.kind());
        assertEquals(2, diagnosis.recipients().size());
        RecipientDiagnosis bob = diagnosis.recipients().get(0);
        assertEquals("bob@example.com", bob.recipient());
        assertEquals("5.1.1", bob.status());
        assertEquals("550", bob.replyCode());
        assertEquals(BounceReason.USERUNKNOWN, bob.reason());
        assertEquals(Retry.PERMANENT, bob.retry());
        assertEquals("mx1.example.com", bob.remoteMta());
        assertEquals(
                "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table",
                bob.diagnostic());
        RecipientDiagnosis carol = diagnosis.recipients().get(1);
        assertEquals(BounceReason.MAILBOXFULL, carol.reason());
        assertEquals(Retry.TEMPORARY, carol.retry());
        assertEquals("452", carol.replyCode());
    }

    @Test
    void theStepComesFromPostfixWordsInTheDiagnostic() {
        String status = """
                Final-Recipient: rfc822; bob@example.com
                Action: failed
                Status: 5.7.1
                Diagnostic-Code: X-Postfix; host mx.example.com[192.0.2.7] said: 554 5.7.1
                    <bob@example.com>: Relay access denied (in reply to RCPT TO command)
                """;
        RecipientDiagnosis bob =
                diagnoser.diagnose(report("", status)).recipients().get(0);

        assertEquals(SmtpCommand.RCPT, bob.command());
        assertEquals(BounceReason.NORELAYING, bob.reason());
        assertEquals("554", bob.replyCode());
    }

    @Test
    void noCodeIsInventedWhenTheReportHasNone() {
        String status = """
                Final-Recipient: rfc822; bob@example.com
                Action: failed
                Diagnostic-Code: X-Postfix; mail for example.com loops back to myself
                """;
        RecipientDiagnosis bob =
                diagnoser.diagnose(report("", status)).recipients().get(0);

        assertNull(bob.status());
        assertNull(bob.replyCode());
        assertEquals(BounceReason.NETWORKERROR, bob.reason());
    }

    @Test
    void fieldsPastedIntoATextPartAreReadToo() {
        String pasted = """
                The original message was received at Mon, 1 Jan 2024 10:00:00 +0000

                Reporting-MTA: dns; mail.example.net

                Final-Recipient: RFC822; dave@example.com
                Action: failed
                Status: 5.2.2
                Diagnostic-Code: SMTP; 552 5.2.2 Over quota
                """;
        Diagnosis diagnosis = diagnoser.diagnose(pasted);

        assertEquals(1, diagnosis.recipients().size());
        assertEquals("dave@example.com", diagnosis.recipients().get(0).recipient());
        assertEquals(BounceReason.MAILBOXFULL, diagnosis.recipients().get(0).reason());
    }

    @Test
    void aSuccessReportIsADeliveredNotice() {
        String status = """
                Final-Recipient: rfc822; bob@example.com
                Action: delivered
                Status: 2.0.0
                Diagnostic-Code: smtp; 250 2.0.0 OK queued as 9F1
                """;
        Diagnosis diagnosis = diagnoser.diagnose(report("Your message was delivered.", status));

        assertEquals(MessageKind.DELIVERED, diagnosis.kind());
        assertEquals(BounceReason.DELIVERED, diagnosis.recipients().get(0).reason());
        assertEquals(Retry.NONE, diagnosis.recipients().get(0).retry());
    }

    @Test
    void theServersPreciseCodeBeatsAGenericStatusField() {
        String status = """
                Final-Recipient: rfc822; bob@gmail.example
                Action: failed
                Status: 5.0.0
                Remote-MTA: dns; gmail-smtp-in.l.google.com
                Diagnostic-Code: smtp; 550-5.7.26 Unauthenticated email is not accepted
                """;
        RecipientDiagnosis bob =
                diagnoser.diagnose(report("", status)).recipients().get(0);

        assertEquals("5.7.26", bob.status());
        assertEquals(BounceReason.AUTHFAILURE, bob.reason());
        assertEquals(Provider.GOOGLE, bob.provider());
    }

    @Test
    void recipientFieldsWrittenBeforeTheRecipientInOneBlockStillBelongToIt() {
        String status = """
                Reporting-MTA: dns; 192.0.2.10
                Diagnostic-Code: smtp; 550 5.1.1 Refused due to recipient preferences
                Status: 5.1.1
                Final-Recipient: rfc822; bob@example.com
                Action: failed
                """;
        Diagnosis diagnosis = diagnoser.diagnose(report("This message could not be delivered.", status));

        assertEquals(1, diagnosis.recipients().size());
        RecipientDiagnosis bob = diagnosis.recipients().get(0);
        assertEquals("bob@example.com", bob.recipient());
        assertEquals("5.1.1", bob.status());
        assertEquals("550", bob.replyCode());
        assertEquals("550 5.1.1 Refused due to recipient preferences", bob.diagnostic());
        assertEquals(Retry.PERMANENT, bob.retry());
    }
}
