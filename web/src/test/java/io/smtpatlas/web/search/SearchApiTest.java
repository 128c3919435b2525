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
                .queryParam("lang", "en")
                .when()
                .get("/api/search")
                .then()
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
        given().queryParam("q", "530")
                .when()
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("results[0].code", equalTo("530"));
        given().queryParam("q", "5.7.1")
                .when()
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("results[0].code", equalTo("5.7.1"));
    }

    @Test
    void foldsDiacritics() {
        given().queryParam("q", "hop thu day")
                .queryParam("lang", "vi")
                .when()
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("results.code", hasItem("552"));
    }

    @Test
    void respectsTheLimit() {
        given().queryParam("q", "mailbox")
                .queryParam("limit", "3")
                .when()
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("results.size()", equalTo(3));
    }

    @Test
    void completesWhatIsBeingTyped() {
        given().queryParam("q", "authentic")
                .queryParam("lang", "en")
                .when()
                .get("/api/suggest")
                .then()
                .statusCode(200)
                .body("code", hasItem("235"))
                .body("[0].path", startsWith("/en/smtp/"))
                .body("[0].title", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString()))
                .body("[0].className", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString()));
    }

    @Test
    void suggestsWhatIsMeantNotWhatIsSpelled() {
        // The mission's example: the words are in no title, the code is found in every language.
        for (String lang : java.util.List.of("en", "fr", "vi", "de", "es", "pt", "ja", "zh")) {
            given().queryParam("q", "server hides user")
                    .queryParam("lang", lang)
                    .when()
                    .get("/api/suggest")
                    .then()
                    .statusCode(200)
                    .body("code", hasItem("252"));
        }
    }

    /** Long pasted text and many distinct words are reduced to their significant terms, never a 5xx. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "vi", "ja", "zh"})
    void manyDistinctWordsAreAnswered(String lang) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; words.length() < 495; i++) {
            words.append('w').append(i).append(' ');
        }
        StringBuilder ideographs = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            ideographs.appendCodePoint(0x4E00 + i * 7);
        }
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            letters.append((char) ('a' + i % 26)).append(i % 2 == 0 ? ' ' : 'x');
        }
        for (String q : java.util.List.of(words.toString().strip(), ideographs.toString(), letters.toString())) {
            given().queryParam("q", q)
                    .queryParam("lang", lang)
                    .when()
                    .get("/api/search")
                    .then()
                    .statusCode(200);
            given().queryParam("q", q)
                    .queryParam("lang", lang)
                    .when()
                    .get("/api/suggest")
                    .then()
                    .statusCode(200);
            given().queryParam("q", q).when().get("/" + lang + "/search").then().statusCode(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "AND OR ( ) \" * ? ~ \\ : [ ] { } ^ / !", "\u0000", "📧📧", "a:b^2~"})
    void anyTextIsAnswered(String q) {
        given().queryParam("q", q)
                .when()
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
        given().queryParam("q", q).when().get("/api/suggest").then().statusCode(200);
    }

    @Test
    void badParametersAreClear400s() {
        given().queryParam("q", "x".repeat(501))
                .when()
                .get("/api/search")
                .then()
                .statusCode(400)
                .body("status", equalTo(400))
                .body("message", containsString("500"));
        given().queryParam("q", "550")
                .queryParam("limit", "0")
                .when()
                .get("/api/search")
                .then()
                .statusCode(400);
        given().queryParam("q", "550")
                .queryParam("limit", "abc")
                .when()
                .get("/api/search")
                .then()
                .statusCode(400)
                .body("error", equalTo("Bad Request"));
        given().queryParam("q", "550")
                .queryParam("lang", "xx")
                .when()
                .get("/api/search")
                .then()
                .statusCode(400);
    }
}
