package io.smtpatlas.data.bounce;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smtpatlas.core.diagnosis.Diagnosis;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whatever is pasted, the reader answers (best effort) within a bound and never throws. */
class HostileBounceInputTest {

    private static final Duration BOUND = Duration.ofSeconds(2);
    private final BounceReader reader = new BounceReader();

    /** The service answers warm; the bound is about the input, not the first class loading of the JVM. */
    @BeforeAll
    static void warmUp() {
        BounceReader warm = new BounceReader();
        byte[] sample = ("From: MAILER-DAEMON@example.org\nSubject: Undelivered\n\n<bob@example.com>: host "
                        + "mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] noise = new byte[64 * 1024];
        new Random(1).nextBytes(noise);
        for (int i = 0; i < 20; i++) {
            warm.explain(sample);
            warm.explain(noise);
        }
    }

    private Diagnosis explainWithinBound(byte[] raw) {
        return assertTimeoutPreemptively(BOUND, () -> reader.explain(raw));
    }

    @Test
    void randomBinaryBytes() {
        byte[] bytes = new byte[512 * 1024];
        new Random(42).nextBytes(bytes);

        assertNotNull(explainWithinBound(bytes));
    }

    @Test
    void nulBytesInsideABounce() {
        String text =
                "From: MAILER-DAEMON@example.org\nSubject: failure\n\n<bob@example.com>:\0\0 550 5.1.1\0 User unknown\n";

        Diagnosis diagnosis = explainWithinBound(text.getBytes(StandardCharsets.ISO_8859_1));

        assertTrue(diagnosis.recipients().stream().anyMatch(r -> "5.1.1".equals(r.status())));
    }

    @Test
    void aOneMegabyteSingleLine() {
        String line = "550 5.1.1 " + "x".repeat(1 << 20);

        Diagnosis diagnosis = explainWithinBound(line.getBytes(StandardCharsets.US_ASCII));

        assertTrue(diagnosis.recipients().stream().anyMatch(r -> "550".equals(r.replyCode())));
    }

    @Test
    void aOneMegabyteLineOfAddressLikeCharacters() {
        String line = "a.b-c+d=e".repeat(120_000) + "@";

        assertNotNull(explainWithinBound(line.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void tenThousandNestedMultiparts() {
        StringBuilder message = new StringBuilder("From: x@example.org\nMIME-Version: 1.0\n");
        for (int i = 0; i < 10_000; i++) {
            message.append("Content-Type: multipart/mixed; boundary=\"b")
                    .append(i)
                    .append("\"\n\n--b")
                    .append(i)
                    .append('\n');
        }
        message.append("Content-Type: text/plain\n\n550 5.1.1 User unknown\n");

        assertNotNull(explainWithinBound(message.toString().getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void thousandsOfSiblingParts() {
        StringBuilder message = new StringBuilder(
                "From: x@example.org\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"s\"\n\n");
        for (int i = 0; i < 20_000; i++) {
            message.append("--s\nContent-Type: text/plain\n\n550 5.1.1 <u")
                    .append(i)
                    .append("@example.com> unknown\n");
        }
        message.append("--s--\n");

        assertNotNull(explainWithinBound(message.toString().getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void brokenBoundariesAndAMissingEnd() {
        String message = "From: MAILER-DAEMON@example.org\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/report; boundary=\"never-used\"\n\n"
                + "--other\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; bob@example.com\n"
                + "Action: failed\nStatus: 5.1.1\n";

        Diagnosis diagnosis = explainWithinBound(message.getBytes(StandardCharsets.US_ASCII));

        assertTrue(diagnosis.recipients().stream().anyMatch(r -> "bob@example.com".equals(r.recipient())));
    }

    @Test
    void brokenBase64AndQuotedPrintable() {
        String message = "From: x@example.org\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"s\"\n\n"
                + "--s\nContent-Transfer-Encoding: base64\n\n!!!not base64 at all ===\n"
                + "--s\nContent-Transfer-Encoding: quoted-printable\n\n=ZZ=\n=E2=80\n--s";

        assertNotNull(explainWithinBound(message.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aWrongDeclaredCharsetOnBinaryContent() {
        byte[] head = "From: x@example.org\nContent-Type: text/plain; charset=iso-2022-jp\n\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[200_000];
        new Random(7).nextBytes(body);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);

        assertNotNull(explainWithinBound(all));
    }

    @Test
    void aMegabyteOfHeaderFieldsAndEncodedWords() {
        StringBuilder message = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            message.append("X-Field-")
                    .append(i)
                    .append(": =?UTF-8?Q?=E2=9C=89?= ")
                    .append(i)
                    .append('\n');
        }
        message.append("From: x@example.org\n\nbody\n");

        assertNotNull(explainWithinBound(message.toString().getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void emptyAndNullInput() {
        assertNotNull(explainWithinBound(new byte[0]));
        assertNotNull(explainWithinBound(null));
    }
}
