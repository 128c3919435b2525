package io.smtpatlas.web.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SearchPageTest {

    @Test
    void rendersResultsWithHighlightedSnippetsAndLinks() {
        given().queryParam("q", "authentication successful").when().get("/en/search").then()
                .statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("href=\"/en/smtp/235\""))
                .body(containsString("<mark>"))
                .body(containsString("name=\"robots\" content=\"noindex\""));
    }

    @Test
    void searchesInTheReadersLanguage() {
        given().queryParam("q", "authentification réussie").when().get("/fr/search").then()
                .statusCode(200)
                .body(containsString("<html lang=\"fr\">"))
                .body(containsString("href=\"/fr/smtp/235\""));
    }

    @Test
    void everyPageHasASearchBox() {
        given().when().get("/de/smtp/550").then().statusCode(200)
                .body(containsString("action=\"/de/search\""))
                .body(containsString("name=\"q\""));
    }

    @Test
    void noResultsSuggestsASpellingAndPopularCodes() {
        given().queryParam("q", "zzqxv").when().get("/en/search").then()
                .statusCode(200)
                .body(containsString("No code matches"))
                .body(containsString("href=\"/en/smtp/550\""));
        given().queryParam("q", "authentcation sucessful").when().get("/en/search").then()
                .statusCode(200).body(containsString("href=\"/en/smtp/235\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "AND OR ( ) \" * ? ~ \\ : [ ] { } ^ / !", "title:550 AND (", "\u0000\u0007\u001b",
            "550 邮箱 📧 boîte ✉️ hộp thư", "*", "~~~", "\"unterminated"})
    void anyTextIsAnsweredWithoutError(String q) {
        given().queryParam("q", q).when().get("/en/search").then().statusCode(200)
                .body(containsString("<h1>"));
    }

    @Test
    void escapesTheQueryEverywhereItIsShown() {
        given().queryParam("q", "<script>alert(1)</script>\"><img src=x onerror=alert(1)>").when().get("/en/search")
                .then().statusCode(200)
                .body(not(containsString("<script>alert(1)")))
                .body(not(containsString("<img src=x")));
    }

    @Test
    void refusesAnOversizedQueryWithAClearPage() {
        given().queryParam("q", "a".repeat(501)).when().get("/en/search").then()
                .statusCode(400)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("500"));
    }
}
