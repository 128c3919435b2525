package io.smtpatlas.web.compare;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ComparePageTest {

    @Test
    void comparesTwoCodesWithTheStructureOfAComparisonPage() {
        Response page = given().when().get("/en/smtp/235-vs-252");
        page.then().statusCode(200)
                .body(containsString("<title>SMTP 235 vs 252"))
                .body(containsString("<link rel=\"canonical\" href=\"https://smtp-atlas.test/en/smtp/235-vs-252\">"))
                .body(containsString("Key differences"))
                .body(containsString("When to use which"))
                .body(containsString("href=\"/en/smtp/235\""))
                .body(containsString("href=\"/en/smtp/252\""))
                .body(containsString("Only 235 can be sent in reply to: AUTH."))
                .body(containsString("Only 252 can be sent in reply to: VRFY, EXPN, ETRN."));
        given().when().get("/ja/smtp/235-vs-252").then().statusCode(200).body(containsString("VRFY、EXPN、ETRN"));
        String html = page.asString();
        for (String doubled : new String[] {"when when", "the the", "a a ", "is is"}) {
            org.junit.jupiter.api.Assertions.assertFalse(html.toLowerCase().contains(doubled), doubled);
        }
    }

    @Test
    void saysHowTemporaryAndPermanentCodesDifferOnRetry() {
        given().when().get("/en/smtp/450-vs-550").then().statusCode(200)
                .body(containsString("After 450, the client keeps the message and tries again later."))
                .body(containsString("After 550, the client must not send the same request again unchanged."))
                .body(containsString("the same condition in two different classes"));
    }

    @Test
    void redirectsTheReverseOrderToTheCanonicalPair() {
        given().redirects().follow(false).when().get("/en/smtp/252-vs-235").then()
                .statusCode(301).header("Location", endsWith("/en/smtp/235-vs-252"));
        given().redirects().follow(false).when().get("/en/smtp/5.7.1-vs-550").then()
                .statusCode(301).header("Location", endsWith("/en/smtp/550-vs-5.7.1"));
    }

    @Test
    void redirectsTheSameCodeTwiceToTheCodePage() {
        given().redirects().follow(false).when().get("/en/smtp/550-vs-550").then()
                .statusCode(301).header("Location", endsWith("/en/smtp/550"));
    }

    @Test
    void answersUnknownAndMalformedPairsWithA404Page() {
        given().when().get("/en/smtp/235-vs-299").then().statusCode(404)
                .body(containsString("no SMTP code 299"));
        given().when().get("/en/smtp/235-vs-").then().statusCode(404);
        given().when().get("/en/smtp/235-vs-252-vs-250").then().statusCode(404)
                .body(not(containsString("Exception")));
    }
}
