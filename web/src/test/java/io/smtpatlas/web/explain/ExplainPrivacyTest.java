package io.smtpatlas.web.explain;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.ContentChange;
import io.smtpatlas.data.translation.TextRevision;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Nothing pasted is stored or logged: a recognisable address goes through every path and shows up nowhere. */
@QuarkusTest
class ExplainPrivacyTest {

    private static final String CANARY = "privacy.canary.7f3a9c@example.net";

    @Test
    void pastedAddressAppearsInNoLogAndNothingIsWritten() {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getLoggerName() + " " + record.getMessage() + " "
                        + java.util.Arrays.toString(record.getParameters()) + " " + record.getThrown());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        // The request path's own loggers down to DEBUG (the rest stays at INFO, as in production).
        List<Logger> requestPath = Stream.of(
                        "io.smtpatlas",
                        "io.quarkus.vertx.http",
                        "io.quarkus.resteasy.reactive",
                        "org.jboss.resteasy.reactive",
                        "io.quarkus.csrf",
                        "io.quarkus.qute",
                        "io.vertx.ext.web")
                .map(Logger::getLogger)
                .toList();
        List<Level> levels = requestPath.stream().map(Logger::getLevel).toList();
        requestPath.forEach(logger -> logger.setLevel(Level.FINE));
        long[] rowsBefore = rows();
        try {
            String bounce = "Final-Recipient: rfc822; " + CANARY + "\nAction: failed\nStatus: 5.1.1\n"
                    + "Diagnostic-Code: smtp; 550 5.1.1 <" + CANARY + ">: Recipient address rejected\n";
            given().contentType("text/plain")
                    .body(bounce)
                    .post("/api/explain?lang=de")
                    .then()
                    .statusCode(200);
            given().contentType("text/plain")
                    .body(Samples.formBody(bounce))
                    .post("/de/explain")
                    .then()
                    .statusCode(200);
            // Error paths: refused post, oversized text, unknown language, broken MIME.
            given().header("Sec-Fetch-Site", "cross-site")
                    .contentType("text/plain")
                    .body(Samples.formBody(bounce))
                    .post("/de/explain")
                    .then()
                    .statusCode(403);
            given().contentType("text/plain")
                    .body((bounce + "x".repeat(PastedText.MAX_BYTES)).getBytes())
                    .post("/api/explain")
                    .then()
                    .statusCode(413);
            given().contentType("text/plain")
                    .body(Samples.formBody(bounce + "x".repeat(PastedText.MAX_BYTES)))
                    .post("/de/explain")
                    .then()
                    .statusCode(413);
            given().contentType("text/plain")
                    .body(bounce)
                    .post("/api/explain?lang=" + CANARY)
                    .then()
                    .statusCode(400);
            given().contentType("message/rfc822")
                    .body(("Content-Type: multipart/report; boundary=\"" + CANARY + "\"\n\n--" + CANARY
                                    + "\nContent-Type: message/delivery-status\n\n" + bounce)
                            .getBytes())
                    .post("/api/explain")
                    .then()
                    .statusCode(200);
        } finally {
            root.removeHandler(capture);
            for (int i = 0; i < requestPath.size(); i++) {
                requestPath.get(i).setLevel(levels.get(i));
            }
        }
        assertEquals(
                List.of(),
                logged.stream().filter(line -> line.contains("canary")).toList());
        assertEquals(
                java.util.Arrays.toString(rowsBefore),
                java.util.Arrays.toString(rows()),
                "texts, revisions and change rows");
    }

    @Transactional
    long[] rows() {
        return new long[] {CodeText.count(), TextRevision.count(), ContentChange.count()};
    }
}
