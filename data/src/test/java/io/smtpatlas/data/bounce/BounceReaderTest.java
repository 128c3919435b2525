package io.smtpatlas.data.bounce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smtpatlas.core.diagnosis.BounceReason;
import io.smtpatlas.core.diagnosis.Diagnosis;
import io.smtpatlas.core.diagnosis.MailMessage;
import io.smtpatlas.core.diagnosis.MessageKind;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** MIME decoding: transfer encodings, charsets, encoded words, report structure, plain pasted text. */
class BounceReaderTest {

    private final BounceReader reader = new BounceReader();

    private static final String REPORT = """
            From: Mail Delivery System <MAILER-DAEMON@mail.example.org>
            To: alice@example.org
            Subject: =?UTF-8?B?VW5kZWxpdmVyZWQgTWFpbCDinIk=?=
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

            --b1
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: quoted-printable

            Your message could not be delivered =E2=80=94 see below.

            --b1
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mail.example.org

            Final-Recipient: rfc822; bob@example.com
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: smtp; 550 5.1.1 <bob@example.com>: User unknown

            --b1
            Content-Type: message/rfc822

            From: alice@example.org
            To: bob@example.com
            Subject: Minutes

            Hello
            --b1--
            """;

    @Test
    void aMultipartReportKeepsItsPartsInOrderWithDecodedText() {
        MailMessage message = reader.read(REPORT.getBytes(StandardCharsets.UTF_8));

        assertEquals("Undelivered Mail \u2709", message.header("Subject").orElseThrow());
        assertEquals("text/plain", message.parts().get(0).mimeType());
        assertTrue(
                message.parts().get(0).text().contains("delivered \u2014 see"),
                message.parts().get(0).text());
        assertEquals("message/delivery-status", message.parts().get(1).mimeType());
        assertEquals("message/rfc822", message.parts().get(2).mimeType());
        assertTrue(message.parts().get(2).text().startsWith("From: alice@example.org"));
    }

    @Test
    void explainReadsAndDiagnoses() {
        Diagnosis diagnosis = reader.explain(REPORT.getBytes(StandardCharsets.UTF_8));

        assertEquals(MessageKind.BOUNCE, diagnosis.kind());
        assertEquals("bob@example.com", diagnosis.recipients().get(0).recipient());
        assertEquals(BounceReason.USERUNKNOWN, diagnosis.recipients().get(0).reason());
    }

    @Test
    void base64AndJapaneseCharsetsAreDecoded() {
        String japanese = "\u5b9b\u5148\u306e\u30e1\u30fc\u30eb\u30dc\u30c3\u30af\u30b9\u304c\u4e00\u676f\u3067\u3059";
        String base64 =
                java.util.Base64.getMimeEncoder().encodeToString(japanese.getBytes(Charset.forName("Shift_JIS")));
        String message = "From: MAILER-DAEMON@example.jp\nSubject: =?ISO-2022-JP?B?GyRCJUYhPCU5GyhC?=\n"
                + "Content-Type: text/plain; charset=Shift_JIS\nContent-Transfer-Encoding: base64\n\n" + base64 + "\n";

        MailMessage read = reader.read(message.getBytes(StandardCharsets.US_ASCII));

        assertEquals(japanese, read.parts().get(0).text().strip());
        assertEquals("\u30c6\u30fc\u30b9", read.header("Subject").orElseThrow());
    }

    @Test
    void iso2022jpWithoutADeclaredCharsetIsRecognisedByItsEscapes() {
        byte[] body = "\u5b9b\u5148\u4e0d\u660e".getBytes(Charset.forName("ISO-2022-JP"));
        byte[] head = "From: MAILER-DAEMON@example.jp\nSubject: x\n\n".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);

        assertEquals("\u5b9b\u5148\u4e0d\u660e", reader.read(all).parts().get(0).text());
    }

    @Test
    void aWrongDeclaredCharsetFallsBackToWhatTheBytesAre() {
        byte[] latin1 = "From: x@example.org\nContent-Type: text/plain; charset=utf-8\n\nBen\u00f6tigt: Postfach voll\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertTrue(reader.read(latin1).parts().get(0).text().contains("Ben\u00f6tigt"));
    }

    @Test
    void anUnknownCharsetIsReadAsBestItCan() {
        byte[] message =
                "From: x@example.org\nContent-Type: text/plain; charset=x-no-such-charset\n\n550 5.1.1 User unknown\n"
                        .getBytes(StandardCharsets.US_ASCII);

        assertEquals(
                "550 5.1.1 User unknown",
                reader.read(message).parts().get(0).text().strip());
    }

    @Test
    void textThatDoesNotStartWithHeaderFieldsIsAPlainText() {
        MailMessage message = reader.read("550 5.1.1 <bob@example.com>: User unknown".getBytes(StandardCharsets.UTF_8));

        assertTrue(message.headers().isEmpty());
        assertEquals(
                "550 5.1.1 <bob@example.com>: User unknown",
                message.parts().get(0).text());
    }

    @Test
    void pastedDeliveryStatusFieldsAreAPlainTextNotAHeader() {
        String pasted = "Final-Recipient: rfc822; bob@example.com\nAction: failed\nStatus: 5.2.2\n"
                + "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n";

        Diagnosis diagnosis = reader.explain(pasted.getBytes(StandardCharsets.UTF_8));

        assertEquals(BounceReason.MAILBOXFULL, diagnosis.recipients().get(0).reason());
        assertEquals("bob@example.com", diagnosis.recipients().get(0).recipient());
    }

    @Test
    void aBounceForwardedAsAnAttachmentIsDiagnosedFromTheAttachedReport() {
        String forwarded = "From: helpdesk@example.org\nTo: it@example.org\nSubject: Fwd: bounce\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"outer\"\n\n--outer\nContent-Type: text/plain\n\n"
                + "Can you look at this?\n\n--outer\nContent-Type: message/rfc822\n\n" + REPORT + "\n--outer--\n";

        Diagnosis diagnosis = reader.explain(forwarded.getBytes(StandardCharsets.UTF_8));

        assertEquals("bob@example.com", diagnosis.recipients().get(0).recipient());
        assertEquals("5.1.1", diagnosis.recipients().get(0).status());
    }
}
