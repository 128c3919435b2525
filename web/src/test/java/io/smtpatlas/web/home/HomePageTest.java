package io.smtpatlas.web.home;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HomePageTest {

    @Test
    void rootRedirectsToTheReadersLanguage() {
        given().redirects().follow(false).when().get("/").then().statusCode(302).header("Location", endsWith("/en/"));
        given().redirects()
                .follow(false)
                .header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5")
                .when()
                .get("/")
                .then()
                .statusCode(302)
                .header("Location", endsWith("/de/"));
        given().redirects()
                .follow(false)
                .header("Accept-Language", "!!garbage")
                .when()
                .get("/")
                .then()
                .statusCode(302)
                .header("Location", endsWith("/en/"));
    }

    @Test
    void listsEveryCodeGroupedByClass() {
        given().when()
                .get("/en/")
                .then()
                .statusCode(200)
                .body(containsString("<link rel=\"canonical\" href=\"https://smtp-atlas.test/en/\">"))
                .body(containsString("2xx · Success"))
                .body(containsString("5.x.x · Permanent failure"))
                .body(containsString("href=\"/en/smtp/211\""))
                .body(containsString("href=\"/en/smtp/5.7.30\""));
    }
}
