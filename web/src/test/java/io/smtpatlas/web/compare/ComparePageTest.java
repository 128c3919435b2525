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
        page.then()
                .statusCode(200)
                .body(containsString("<title>SMTP 235 (authentication successful) or 252 ("))
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
        given().when()
                .get("/en/smtp/450-vs-550")
                .then()
                .statusCode(200)
                .body(containsString(
                        "After 450, the sending server keeps the message in its queue and tries again later."))
                .body(containsString(
                        "After 550, the client should not repeat the same request unchanged (RFC 5321 §4.2.1)."))
                .body(not(containsString("must not")))
                .body(containsString("the same condition in two different classes"));
    }

    @Test
    void opensWithATableOfDifferencesBeforeTheTwoCards() {
        String html = given().when()
                .get("/en/smtp/450-vs-550")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        int table = html.indexOf("id=\"differences\"");
        int firstCard = html.indexOf("class=\"compare-card");
        org.junit.jupiter.api.Assertions.assertTrue(table > 0 && table < firstCard, "table before the cards");
        String rows = html.substring(table, html.indexOf("</table>", table));
        int lastDiffering = rows.lastIndexOf("<tr class=\"differs\">");
        int firstSame = rows.indexOf("<tr class=\"same\">");
        org.junit.jupiter.api.Assertions.assertTrue(firstSame < 0 || lastDiffering < firstSame, "differences first");
        org.junit.jupiter.api.Assertions.assertTrue(rows.contains("Temporary — your server retries"));
        org.junit.jupiter.api.Assertions.assertTrue(rows.contains("Permanent — do not resend unchanged"));
        org.junit.jupiter.api.Assertions.assertTrue(
                html.contains("compare-card class-4") && html.contains("compare-card class-5"));
    }

    @Test
    void aCodeThatAnswersAnyCommandSharesTheCommandWithTheOther() {
        given().when()
                .get("/en/smtp/235-vs-502")
                .then()
                .statusCode(200)
                .body(containsString("Both can be sent in reply to: AUTH."))
                .body(
                        containsString(
                                "502 can also answer any other command except HELO, MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT."))
                .body(not(containsString("No command receives both codes")))
                .body(not(containsString("Any command")));
        given().when()
                .get("/en/smtp/459-vs-550")
                .then()
                .statusCode(200)
                .body(containsString("After 459, trying again unchanged keeps failing until the cause is fixed."));
        given().when()
                .get("/en/smtp/4.7.12-vs-5.7.12")
                .then()
                .statusCode(200)
                .body(containsString("but Microsoft 365 sends 5.7.12 with a meaning of its own"))
                .body(not(containsString("report the same condition")));
    }

    @Test
    void redirectsTheReverseOrderToTheCanonicalPair() {
        given().redirects()
                .follow(false)
                .when()
                .get("/en/smtp/252-vs-235")
                .then()
                .statusCode(301)
                .header("Location", endsWith("/en/smtp/235-vs-252"));
        given().redirects()
                .follow(false)
                .when()
                .get("/en/smtp/5.7.1-vs-550")
                .then()
                .statusCode(301)
                .header("Location", endsWith("/en/smtp/550-vs-5.7.1"));
    }

    @Test
    void redirectsTheSameCodeTwiceToTheCodePage() {
        given().redirects()
                .follow(false)
                .when()
                .get("/en/smtp/550-vs-550")
                .then()
                .statusCode(301)
                .header("Location", endsWith("/en/smtp/550"));
    }

    @Test
    void answersUnknownAndMalformedPairsWithA404Page() {
        given().when().get("/en/smtp/235-vs-299").then().statusCode(404).body(containsString("no SMTP code 299"));
        given().when().get("/en/smtp/235-vs-").then().statusCode(404);
        given().when().get("/en/smtp/235-vs-252-vs-250").then().statusCode(404).body(not(containsString("Exception")));
    }
}
