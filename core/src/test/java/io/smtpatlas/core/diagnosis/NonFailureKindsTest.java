package io.smtpatlas.core.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smtpatlas.core.diagnosis.MailMessage.Header;
import io.smtpatlas.core.diagnosis.MailMessage.Part;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Feedback reports and auto-replies are told apart from bounces. */
class NonFailureKindsTest {

    private final BounceDiagnoser diagnoser = new BounceDiagnoser();

    @Test
    void anArfReportIsFeedbackForEachReportedRecipient() {
        MailMessage arf = new MailMessage(
                List.of(
                        new Header("From", "fbl@isp.example"),
                        new Header("Subject", "Abuse report"),
                        new Header("Content-Type", "multipart/report; report-type=feedback-report; boundary=x")),
                List.of(
                        new Part("text/plain", List.of(), "This is an email abuse report."),
                        new Part("message/feedback-report", List.of(), """
                                Feedback-Type: abuse
                                User-Agent: ExampleFBL/1.0
                                Version: 1
                                Original-Rcpt-To: bob@example.com
                                Original-Rcpt-To: carol@example.com
                                """),
                        new Part("message/rfc822", List.of(), "From: alice@example.org\nTo: bob@example.com\n")));

        Diagnosis diagnosis = diagnoser.diagnose(arf);

        assertEquals(MessageKind.FEEDBACK, diagnosis.kind());
        assertEquals(2, diagnosis.recipients().size());
        assertEquals(BounceReason.FEEDBACK, diagnosis.recipients().get(0).reason());
        assertEquals(Retry.NONE, diagnosis.recipients().get(1).retry());
    }

    @Test
    void anAutoRepliedMessageIsAVacationNotice() {
        MailMessage reply = new MailMessage(
                List.of(
                        new Header("From", "Bob <bob@example.com>"),
                        new Header("Subject", "Out of office: Minutes"),
                        new Header("Auto-Submitted", "auto-replied")),
                List.of(new Part(
                        "text/plain", List.of(), "I am away until Monday. For urgent matters: carol@example.com")));

        Diagnosis diagnosis = diagnoser.diagnose(reply);

        assertEquals(MessageKind.VACATION, diagnosis.kind());
        assertEquals("bob@example.com", diagnosis.recipients().get(0).recipient());
        assertEquals(BounceReason.VACATION, diagnosis.recipients().get(0).reason());
    }

    @Test
    void aBounceMarkedAutoRepliedIsStillABounce() {
        MailMessage bounce = new MailMessage(
                List.of(
                        new Header("From", "MAILER-DAEMON@mail.example.org"),
                        new Header("Subject", "Undelivered Mail Returned to Sender"),
                        new Header("Auto-Submitted", "auto-replied")),
                List.of(new Part(
                        "text/plain",
                        List.of(),
                        "<bob@example.com>: host mx.example.com[192.0.2.1] said: "
                                + "550 5.1.1 User unknown (in reply to RCPT TO command)")));

        assertEquals(MessageKind.BOUNCE, diagnoser.diagnose(bounce).kind());
    }
}
