package io.smtpatlas.web.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SearchPageTest {

    @Inject
    Catalog catalog;

    @Test
    void rendersResultsWithHighlightedSnippetsAndLinks() {
        given().queryParam("q", "authentication successful")
                .when()
                .get("/en/search")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("href=\"/en/smtp/235\""))
                .body(containsString("<mark>"))
                .body(containsString("name=\"robots\" content=\"noindex\""));
    }

    @Test
    void searchesInTheReadersLanguage() {
        given().queryParam("q", "authentification réussie")
                .when()
                .get("/fr/search")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"fr\">"))
                .body(containsString("href=\"/fr/smtp/235\""));
    }

    @Test
    void everyPageHasASearchBox() {
        given().when()
                .get("/de/smtp/550")
                .then()
                .statusCode(200)
                .body(containsString("action=\"/de/search\""))
                .body(containsString("name=\"q\""));
    }

    @Test
    void noResultsSuggestsASpellingAndPopularCodes() {
        given().queryParam("q", "zzqxv")
                .when()
                .get("/en/search")
                .then()
                .statusCode(200)
                .body(containsString("No code matches"))
                .body(containsString("href=\"/en/smtp/550\""));
        given().queryParam("q", "authentcation sucessful")
                .when()
                .get("/en/search")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/en/smtp/235\""));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "AND OR ( ) \" * ? ~ \\ : [ ] { } ^ / !",
                "title:550 AND (",
                "\u0000\u0007\u001b",
                "550 邮箱 📧 boîte ✉️ hộp thư",
                "*",
                "~~~",
                "\"unterminated"
            })
    void anyTextIsAnsweredWithoutError(String q) {
        given().queryParam("q", q)
                .when()
                .get("/en/search")
                .then()
                .statusCode(200)
                .body(containsString("<h1>"));
    }

    @Test
    void escapesTheQueryEverywhereItIsShown() {
        given().queryParam("q", "<script>alert(1)</script>\"><img src=x onerror=alert(1)>")
                .when()
                .get("/en/search")
                .then()
                .statusCode(200)
                .body(not(containsString("<script>alert(1)")))
                .body(not(containsString("<img src=x")));
    }

    @Test
    void refusesAnOversizedQueryWithAClearPage() {
        given().queryParam("q", "a".repeat(501))
                .when()
                .get("/en/search")
                .then()
                .statusCode(400)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("500"));
    }

    @Test
    void aQueryThatIsACodeOpensItsPage() {
        given().redirects()
                .follow(false)
                .queryParam("q", "550")
                .when()
                .get("/en/search")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/en/smtp/550"));
        given().redirects()
                .follow(false)
                .queryParam("q", " 5.7.1 ")
                .when()
                .get("/fr/search")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/fr/smtp/5.7.1"));
        given().redirects()
                .follow(false)
                .queryParam("q", "5.7.1 550")
                .when()
                .get("/ja/search")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/ja/smtp/550-vs-5.7.1"));
        given().redirects()
                .follow(false)
                .queryParam("q", "550-5.1.1")
                .when()
                .get("/en/search")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/en/smtp/550-vs-5.1.1"));
    }

    @Test
    void anUnknownCodeIsNamedWithTheClosestCodes() {
        List<SmtpCode> closest = catalog.closestTo("599", 5);
        given().queryParam("q", "599")
                .when()
                .get("/en/search")
                .then()
                .statusCode(200)
                .body(containsString("no SMTP code 599"))
                .body(containsString("href=\"/en/smtp/" + closest.get(0).id() + "\""));
    }

    @Test
    void aPastedBounceGetsNoSpellingSuggestionAndNoStopWordHighlights() {
        String bounce = "550-5.1.1 The email account that you tried to reach does not exist. Please try "
                + "double-checking the recipient's email address for typos or unnecessary spaces.";
        String page = given().queryParam("q", bounce)
                .when()
                .get("/en/search")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertFalse(page.contains("did-you-mean"), "no spelling suggestion for a pasted line");
        Matcher mark = Pattern.compile("<mark>([^<]*)</mark>").matcher(page);
        int marks = 0;
        while (mark.find()) {
            marks++;
            String word = mark.group(1).toLowerCase(Locale.ROOT);
            assertFalse(
                    Set.of("the", "that", "you", "to", "does", "not", "for", "or", "please")
                            .contains(word),
                    "stop word highlighted: " + word);
        }
        assertTrue(marks > 0);
    }

    @Test
    void japaneseHighlightsAreTheMatchedWords() {
        String page = given().queryParam("q", "メールボックス 満杯")
                .when()
                .get("/ja/search")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Matcher mark = Pattern.compile("<mark>([^<]*)</mark>").matcher(page);
        int marks = 0;
        while (mark.find()) {
            marks++;
            assertTrue(Set.of("メールボックス", "満杯").contains(mark.group(1)), "highlighted: " + mark.group(1));
        }
        assertTrue(marks > 0);
    }

    @Test
    void countsOnlyRelevantCodesAndOffersTheNextPage() {
        String first = given().queryParam("q", "temporary")
                .when()
                .get("/en/search")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(first.contains("The top 20 of"), "count line on the first page");
        assertTrue(first.contains("rel=\"next\" href=\"/en/search?q=temporary&amp;page=2\""));
        given().queryParam("q", "temporary")
                .queryParam("page", "2")
                .when()
                .get("/en/search")
                .then()
                .statusCode(200)
                .body(containsString("Codes 21 to"))
                .body(containsString("rel=\"prev\""))
                .body(containsString("<ol class=\"results\" start=\"21\">"));
        given().queryParam("q", "temporary")
                .queryParam("page", "99")
                .when()
                .get("/en/search")
                .then()
                .statusCode(400);
        String narrow = given().queryParam("q", "server hides user")
                .when()
                .get("/en/search")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertFalse(narrow.contains("195"), "not every code of the catalog is relevant");
    }

    @Test
    void theSearchBoxIsAComboboxOnlyWithJavaScript() {
        String page = given().when()
                .get("/fr/search")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertFalse(page.contains("<datalist"));
        assertFalse(page.contains("role=\"combobox\""), "the markup is a plain search form");
        assertTrue(page.contains("data-suggest=\"/api/suggest?lang=fr\""));
        // The file is linked by its fingerprinted name (suggest.<digest>.js), kept for a year by browsers.
        assertTrue(
                Pattern.compile("<script src=\"/static/suggest\\.[0-9a-f]+\\.js\" defer></script>")
                        .matcher(page)
                        .find(),
                "the suggestion script is linked");
        assertFalse(
                Pattern.compile("<script>|<script [^>]*>[^<]+</script>")
                        .matcher(page)
                        .find(),
                "no inline script");
    }
}
