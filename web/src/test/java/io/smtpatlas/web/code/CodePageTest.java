package io.smtpatlas.web.code;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CodePageTest {

    @Test
    void explainsABasicCodeWithItsFactsAndLinks() {
        given().when()
                .get("/en/smtp/550")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<title>SMTP 550 Mailbox unavailable: meaning and fix | SMTP Atlas</title>"))
                .body(containsString("<link rel=\"canonical\" href=\"https://smtp-atlas.test/en/smtp/550\">"))
                .body(containsString("<meta property=\"og:title\""))
                .body(containsString("<meta name=\"description\""))
                .body(containsString("What it means"))
                .body(containsString("When you see it"))
                .body(containsString("How to fix it"))
                .body(containsString("RCPT TO"))
                .body(containsString("https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3"))
                .body(containsString("href=\"/en/smtp/5.1.1\""))
                .body(containsString("href=\"/en/smtp/450-vs-550\""));
    }

    @Test
    void explainsAnEnhancedCodeAndLinksItsBasicCode() {
        given().when()
                .get("/en/smtp/5.1.1")
                .then()
                .statusCode(200)
                .body(containsString("Enhanced status code"))
                .body(containsString("href=\"/en/smtp/550\""))
                .body(containsString("href=\"/en/smtp/4.1.1-vs-5.1.1\""));
    }

    @Test
    void answersAnUnknownCodeWithA404ThatSuggestsCloseCodes() {
        given().when()
                .get("/en/smtp/559")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("no SMTP code 559"))
                .body(containsString("href=\"/en/smtp/556\""));
    }

    @Test
    void answersMalformedCodesAndUnknownLocalesWithA404Page() {
        given().when().get("/en/smtp/55x").then().statusCode(404).body(containsString("<h1>"));
        given().when().get("/xx/smtp/550").then().statusCode(404).body(containsString("<h1>"));
        given().when().get("/en/smtp/5..1").then().statusCode(404);
        given().when().get("/en/smtp/%3Cscript%3E").then().statusCode(404).body(not(containsString("<script>")));
    }
}
