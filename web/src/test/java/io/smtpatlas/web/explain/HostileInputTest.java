package io.smtpatlas.web.explain;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever is pasted, the answer is a best-effort diagnosis or a clear 4xx, never a 5xx, and it comes quickly. */
@QuarkusTest
class HostileInputTest {

    static Stream<Arguments> inputs() {
        byte[] binary = new byte[256 * 1024];
        new Random(14).nextBytes(binary);
        return Stream.of(
                Arguments.of("random binary", binary),
                Arguments.of(
                        "NUL bytes",
                        "550 5.1.1 <a@example.com>\u0000\u0000 user\u0000unknown\u0000"
                                .repeat(1000)
                                .getBytes(StandardCharsets.UTF_8)),
                Arguments.of(
                        "1 MB single line",
                        ("550 5.1.1 " + "a".repeat(PastedText.MAX_BYTES - 20)).getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("10 000 nested parts", nested(10_000)),
                Arguments.of("10 000 sibling parts", siblings(10_000)),
                Arguments.of(
                        "wrong charset",
                        ("Content-Type: text/plain; charset=ISO-2022-JP\n"
                                        + "Subject: =?Shift_JIS?B?gqCCoIKg?= =?x-unknown?Q?broken?=\n\n"
                                        + "550 5.1.1 <\u00e9t\u00e9@example.fr> inconnu \u00ff\u00fe\u001b$B")
                                .getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of(
                        "unknown charset",
                        ("MIME-Version: 1.0\nContent-Type: text/plain; charset=\"x-klingon\"\n"
                                        + "Content-Transfer-Encoding: base64\n\n!!!not base64!!!\n")
                                .getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("over 1 MB", new byte[PastedText.MAX_BYTES + 100]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void apiAnswersQuicklyWithoutAServerError(String name, byte[] body) {
        int status = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> given().contentType("text/plain")
                        .body(body)
                        .post("/api/explain")
                        .then()
                        .extract()
                        .statusCode());
        assertTrue(status == 200 || status == 400 || status == 413, name + " answered " + status);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void pageAnswersQuicklyWithoutAServerError(String name, byte[] body) {
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes("text=".getBytes(StandardCharsets.US_ASCII));
        form.writeBytes(body);
        int status = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> given().contentType("text/plain")
                        .body(form.toByteArray())
                        .post("/fr/explain")
                        .then()
                        .extract()
                        .statusCode());
        assertTrue(status == 200 || status == 400 || status == 413, name + " answered " + status);
    }

    private static byte[] nested(int depth) {
        StringBuilder text = new StringBuilder("MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b0\"\n\n");
        for (int i = 1; i < depth; i++) {
            text.append("--b")
                    .append(i - 1)
                    .append("\nContent-Type: multipart/mixed; boundary=\"b")
                    .append(i)
                    .append("\"\n\n");
        }
        text.append("--b").append(depth - 1).append("\nContent-Type: text/plain\n\n550 5.1.1 <x@example.com>\n");
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] siblings(int count) {
        StringBuilder text = new StringBuilder("MIME-Version: 1.0\nContent-Type: multipart/report; boundary=\"s\"\n\n");
        for (int i = 0; i < count; i++) {
            text.append("--s\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; u")
                    .append(i)
                    .append("@example.com\nAction: failed\nStatus: 5.1.1\n\n");
        }
        return text.append("--s--\n").toString().getBytes(StandardCharsets.US_ASCII);
    }
}
