package io.smtpatlas.web.explain;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.locale.SiteLocale;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ExplainApiTest {

    @Test
    void gmailBounceIsExplainedInFrenchWithAbsoluteLinks() {
        ExplainMessages fr = ExplainTexts.of(SiteLocale.FR);
        given().contentType("message/rfc822")
                .body(Samples.bytes(Samples.GMAIL_USER_UNKNOWN))
                .post("/api/explain?lang=fr")
                .then()
                .statusCode(200)
                .body("lang", equalTo("fr"))
                .body("kind", equalTo("bounce"))
                .body("recipients", hasSize(1))
                .body("recipients[0].recipient", equalTo("no.such.person@gmail.com"))
                .body("recipients[0].status", equalTo("5.1.1"))
                .body("recipients[0].replyCode", equalTo("550"))
                .body("recipients[0].reason", equalTo("userunknown"))
                .body("recipients[0].retry", equalTo("permanent"))
                .body("recipients[0].remoteMta", containsString("gmail-smtp-in.l.google.com"))
                .body("recipients[0].diagnostic", containsString("does not exist"))
                .body("recipients[0].provider", equalTo("google"))
                .body("recipients[0].title", equalTo(fr.explain_reason_userunknown_label()))
                .body("recipients[0].summary", equalTo(fr.explain_reason_userunknown_summary()))
                .body("recipients[0].whatToDo", hasItem(fr.explain_reason_userunknown_step1()))
                .body("recipients[0].links.status", equalTo("https://smtp-atlas.test/fr/smtp/5.1.1"))
                .body("recipients[0].links.replyCode", equalTo("https://smtp-atlas.test/fr/smtp/550"))
                .body("recipients[0].links.compare", equalTo("https://smtp-atlas.test/fr/smtp/550-vs-5.1.1"));
    }

    @Test
    void everyRecipientOfAReportIsListedWithItsVerdict() {
        given().contentType("text/plain")
                .body(Samples.bytes(Samples.THREE_RECIPIENTS))
                .post("/api/explain")
                .then()
                .statusCode(200)
                .body("lang", equalTo("en"))
                .body(
                        "recipients.recipient",
                        contains("bob.martin@gmail.com", "carol.lee@outlook.com", "dave.kim@yahoo.com"))
                .body("recipients.retry", contains("permanent", "permanent", "temporary"))
                .body("recipients[0].status", equalTo("5.7.26"))
                .body("recipients[2].status", equalTo("4.7.0"))
                .body("recipients[2].replyCode", equalTo("421"));
    }

    @Test
    void singleReplyLineWithAnUnknownCodeHasNoLinkForIt() {
        given().contentType("application/octet-stream")
                .body("550 5.7.999 mailbox on fire".getBytes(StandardCharsets.UTF_8))
                .post("/api/explain")
                .then()
                .statusCode(200)
                .body("recipients[0].replyCode", equalTo("550"))
                .body("recipients[0].links.replyCode", equalTo("https://smtp-atlas.test/en/smtp/550"))
                .body("recipients[0].links.compare", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \r\n\t"})
    void emptyBodyIsA400JsonError(String body) {
        given().contentType("text/plain")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/explain")
                .then()
                .statusCode(400)
                .contentType("application/json")
                .body("status", equalTo(400))
                .body("error", equalTo("Bad Request"))
                .body("message", containsString("empty"));
    }

    @Test
    void bodyOverOneMegabyteIsA413JsonError() {
        byte[] body = new byte[PastedText.MAX_BYTES + 1];
        java.util.Arrays.fill(body, (byte) 'a');
        given().contentType("text/plain")
                .body(body)
                .post("/api/explain")
                .then()
                .statusCode(413)
                .contentType("application/json")
                .body("status", equalTo(413))
                .body("message", containsString("1 MB"));
    }

    @Test
    void unknownLanguageIsA400LikeTheOtherEndpoints() {
        given().contentType("text/plain")
                .body("550 5.1.1 unknown user")
                .post("/api/explain?lang=xx")
                .then()
                .statusCode(400)
                .contentType("application/json")
                .body("message", containsString("lang"));
    }

    @Test
    void openApiDocumentsTheEndpoint() {
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths.'/api/v1/explain'.post.operationId", equalTo("explainBounce"))
                .body(
                        "paths.'/api/v1/explain'.post.requestBody.content.'message/rfc822'",
                        org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/explain'.post.responses.'413'.description", containsString("1 MB"));
    }
}
