package io.smtpatlas.web.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SearchApiTest {

    @Test
    void returnsRankedResultsWithSnippetsAndUrls() {
        given().queryParam("q", "550 5.1.1 The email account that you tried to reach does not exist")
                .queryParam("lang", "en").when().get("/api/search").then()
                .statusCode(200)
                .body("lang", equalTo("en"))
                .body("total", greaterThan(1))
                .body("results[0].code", equalTo("5.1.1"))
                .body("results[1].code", equalTo("550"))
                .body("results[0].url", equalTo("https://smtp-atlas.test/en/smtp/5.1.1"))
                .body("results[0].snippet", containsString(" "));
    }

    @Test
    void aCodeInTheQueryWins() {
        given().queryParam("q", "530").when().get("/api/search").then()
                .statusCode(200).body("results[0].code", equalTo("530"));
        given().queryParam("q", "5.7.1").when().get("/api/search").then()
                .statusCode(200).body("results[0].code", equalTo("5.7.1"));
    }

    @Test
    void foldsDiacritics() {
        given().queryParam("q", "hop thu day").queryParam("lang", "vi").when().get("/api/search").then()
                .statusCode(200).body("results.code", hasItem("552"));
    }

    @Test
    void respectsTheLimit() {
        given().queryParam("q", "mailbox").queryParam("limit", "3").when().get("/api/search").then()
                .statusCode(200).body("results.size()", equalTo(3));
    }

    @Test
    void completesWhatIsBeingTyped() {
        given().queryParam("q", "authentic").queryParam("lang", "en").when().get("/api/suggest").then()
                .statusCode(200).body("code", hasItem("235"))
                .body("[0].url", startsWith("https://smtp-atlas.test/en/smtp/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "AND OR ( ) \" * ? ~ \\ : [ ] { } ^ / !", "\u0000", "📧📧", "a:b^2~"})
    void anyTextIsAnswered(String q) {
        given().queryParam("q", q).when().get("/api/search").then().statusCode(200).body("total",
                org.hamcrest.Matchers.greaterThanOrEqualTo(0));
        given().queryParam("q", q).when().get("/api/suggest").then().statusCode(200);
    }

    @Test
    void badParametersAreClear400s() {
        given().queryParam("q", "x".repeat(501)).when().get("/api/search").then()
                .statusCode(400).body("status", equalTo(400)).body("message", containsString("500"));
        given().queryParam("q", "550").queryParam("limit", "0").when().get("/api/search").then().statusCode(400);
        given().queryParam("q", "550").queryParam("limit", "abc").when().get("/api/search").then()
                .statusCode(400).body("error", equalTo("Bad Request"));
        given().queryParam("q", "550").queryParam("lang", "xx").when().get("/api/search").then().statusCode(400);
    }
}
